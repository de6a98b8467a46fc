import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Driver error codes that mean "the database cannot be reached right now" (stopped,
 * restarting, crashed, network gone), as opposed to a bad query. The driver has already
 * retried for NEO4J_RETRY_SECONDS when one of these reaches the API.
 */
const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable'];

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/** Whether an error thrown by a resolver means the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (unwrapResolverError(error) as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.includes(code);
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
