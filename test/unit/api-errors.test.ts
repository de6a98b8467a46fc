import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/api/errors.js';
import { bearerMatches } from '../../src/services/auth.js';
import { AuthError, UserInputError } from '../../src/services/errors.js';
import { luceneQuery } from '../../src/services/explore-service.js';

/** The error as graphql-js hands a resolver's error to Apollo's formatError. */
function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['x'] });
}

describe('API errors as callers see them', () => {
  const format = formatError(30);

  it('turns a Neo4j transaction timeout into QUERY_TIMEOUT with the limit', () => {
    const timeout = Object.assign(new Error('The transaction has been terminated…'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    const formatted = format({ message: timeout.message }, resolverError(timeout));
    expect(formatted.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(formatted.message).toMatch(/database time limit \(30 s\)/);
  });

  it('hides other database errors', () => {
    const failure = Object.assign(new Error('Invalid input … at line 3 (secret query text)'), {
      code: 'Neo.ClientError.Statement.SyntaxError',
    });
    const formatted = format({ message: failure.message }, resolverError(failure));
    expect(formatted).toMatchObject({
      message: 'The database could not answer this query',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message of user errors and auth errors, with their codes', () => {
    expect(format({ message: 'x' }, resolverError(new UserInputError('of: no Town called "x"')))).toMatchObject({
      message: 'of: no Town called "x"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format({ message: 'x' }, resolverError(new AuthError('no', 'FORBIDDEN'))).extensions).toEqual({
      code: 'FORBIDDEN',
    });
  });

  it('lists class-validator problems by argument path', () => {
    const validation = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          { property: 'first', constraints: { max: 'first must not be greater than 100' } },
          {
            property: 'filter',
            children: [{ property: 'from', constraints: { matches: 'from must be an ISO date' } }],
          },
        ],
      },
    });
    const formatted = format({ message: validation.message }, resolverError(validation));
    expect(formatted.message).toBe(
      'Invalid argument: first must not be greater than 100; filter.from must be an ISO date',
    );
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search text', () => {
  it('escapes Lucene syntax so any text is searched as words', () => {
    expect(luceneQuery('双辽 AND (*')).toBe('双辽 "AND" \\(\\*');
    expect(luceneQuery('  a:b  ')).toBe('a\\:b');
    expect(luceneQuery('   ')).toBe('');
  });
});

describe('bearer token check', () => {
  const token = 'a-token-of-sixteen-chars';
  it('accepts exactly the configured token', () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer  ${token} `, token)).toBe(true);
    expect(bearerMatches(`Bearer ${token}x`, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
  });
  it('refuses everything when no token is configured', () => {
    expect(bearerMatches('Bearer ', undefined)).toBe(false);
    expect(bearerMatches('Bearer anything', undefined)).toBe(false);
  });
});
