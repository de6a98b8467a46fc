import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isUnreachable } from '../../db/unavailable.js';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Whether an error thrown by a resolver means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return isUnreachable(unwrapResolverError(error));
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Wraps the API's error formatting: an unreachable database is reported as
 * DATABASE_UNAVAILABLE with a message a caller can act on (retry later) and without the
 * driver's text (host, port, encryption advice); every other error goes to `next`.
 */
export function withDatabaseUnavailable(next: FormatError): FormatError {
  return (formatted, error) => {
    if (!isDatabaseUnavailable(error)) return next(formatted, error);
    return {
      message: 'The database is not reachable right now; the request can be retried shortly',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: DATABASE_UNAVAILABLE },
    };
  };
}
