/**
 * Errors that are ours, not the caller's, each logged once with the request's id.
 *
 * A caller's mistake (a bad argument, an unknown name, a refused token, a query over a
 * limit) is answered and not logged: it says all there is to say. Anything else — an
 * INTERNAL_SERVER_ERROR, an unreachable database, a timeout — is logged at error level
 * with the request id, the operation and the original error's stack, and the answer's
 * error carries the same id in `extensions.requestId` (the response's `x-request-id`
 * header has it too), so a user's report leads to its log line.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../../logger.js';
import type { ApiContext } from '../context.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** The codes of answers that are the server's own failure. */
export const SERVER_FAILURE_CODES: readonly string[] = [
  'INTERNAL_SERVER_ERROR',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
];

export function errorLogPlugin(log: Logger, format: FormatError): ApolloServerPlugin<ApiContext> {
  // The same classification the answer gets, so the log and the answer never disagree.
  const isServerFailure = (error: GraphQLError) =>
    SERVER_FAILURE_CODES.includes(String(format(error.toJSON(), error).extensions?.code));
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (!isServerFailure(error)) continue;
            const original = unwrapResolverError(error);
            const where = error.path ? ` at ${error.path.join('.')}` : '';
            const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
            log.error(`[${contextValue.requestId}] ${operationName ?? 'anonymous operation'}${where}: ${detail}`);
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) =>
            SERVER_FAILURE_CODES.includes(String(e.extensions?.code))
              ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
              : e,
          );
        },
      };
    },
  };
}
