import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthError, UnconfirmedWriteError, UserInputError } from '../services/errors.js';

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** class-validator's nested errors as "path: message" lines. */
function validationMessages(errors: ValidationErrorLike[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(`${error.property} `)
        ? `${path}${message.slice(error.property.length)}`
        : `${path}: ${message}`,
    );
    return [...own, ...validationMessages(error.children ?? [], path)];
  });
}

const TIMEOUT_CODES = [
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
];

/**
 * graphql-armor words its limit refusals as syntax errors ("Syntax Error: Query depth limit
 * of 12 exceeded, found 32."), and, as it parses every request first, real syntax errors
 * reach us from it too, coded as validation failures. A limit keeps its code without the
 * misleading prefix; a real syntax error gets the code Apollo itself gives one.
 */
const ARMOR_LIMIT = /^Syntax Error: (.* limit of \d+ exceeded\b.*)$/s;

function fromArmor(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !formatted.message.startsWith('Syntax Error: ')) {
    return null;
  }
  const limit = ARMOR_LIMIT.exec(formatted.message);
  if (limit) return { ...formatted, message: limit[1]!, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  return { ...formatted, extensions: { code: 'GRAPHQL_PARSE_FAILED' } };
}

/**
 * graphql-js's own hints, `Did you mean "TOWN"?` after an unknown enum value, argument or
 * type, and graphql-armor's mask for the ones it blocks (`[Suggestion hidden]?`). They
 * name parts of the schema, which a server without introspection keeps to itself.
 */
const SUGGESTION = /\s*(?:Did you mean [^?]*\?|\[Suggestion hidden\]\??)$/s;

/**
 * Errors as callers should see them: bad input says what is wrong with which argument
 * (BAD_USER_INPUT), a database timeout says so (QUERY_TIMEOUT), auth errors keep their
 * code, anything else is an internal error without database details. With
 * `hideSuggestions` (no introspection), graphql-js's "Did you mean" hints are dropped.
 */
export function formatError(timeoutSeconds: number, options: { hideSuggestions?: boolean } = {}) {
  const format = formatErrorAsIs(timeoutSeconds);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const answer = format(formatted, error);
    return SUGGESTION.test(answer.message) ? { ...answer, message: answer.message.replace(SUGGESTION, '') } : answer;
  };
}

function formatErrorAsIs(timeoutSeconds: number) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const extensions = { ...(formatted.extensions ?? {}) };
    delete extensions.stacktrace;
    const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions
      ?.validationErrors;
    if (Array.isArray(validation)) {
      const messages = validationMessages(validation);
      return {
        ...formatted,
        message: `Invalid argument: ${messages.join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', validationErrors: messages },
      };
    }
    if (original instanceof UserInputError || (original instanceof Error && original.name === 'PageError')) {
      return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof UnconfirmedWriteError) {
      return { ...formatted, message: original.message, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof AuthError) {
      return { ...formatted, message: original.message, extensions: { code: original.code } };
    }
    const neo4jCode = (original as { code?: unknown })?.code;
    if (typeof neo4jCode === 'string' && TIMEOUT_CODES.includes(neo4jCode)) {
      return {
        ...formatted,
        message: `The query ran longer than the database time limit (${timeoutSeconds} s) and was stopped; ask for less (smaller first, depth or maxHops)`,
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    if (original instanceof GraphQLError || !(original instanceof Error)) {
      return fromArmor(formatted) ?? { ...formatted, extensions };
    }
    if (typeof neo4jCode === 'string' && neo4jCode.startsWith('Neo.')) {
      return {
        ...formatted,
        message: 'The database could not answer this query',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return { ...formatted, extensions };
  };
}
