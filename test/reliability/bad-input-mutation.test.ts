/**
 * The bad-input catalogue through the `ingestPage` mutation over HTTP, sent as a client
 * that reads the file as UTF-8 would send it. A refused page is a GraphQL error with a
 * code and the reason; a body over the server's 2 MB limit is refused with 413 before
 * GraphQL; the graph holds no half page; the server answers the next query every time.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphSnapshot, type Snapshot } from '../support/graph-snapshot.js';
import { startSeededApp, TEST_TOKEN } from '../api/seeded-app.js';
import { BASE_SEED, FILE_CASES, type BadInputCase, type MutationExpectation } from './bad-input-cases.js';

const MUTATION = `mutation($text: String!, $source: String!) {
  ingestPage(text: $text, source: $source) { status file articles sameAs warnings }
}`;

interface Answer {
  status: number;
  body: {
    data?: { ingestPage: Record<string, unknown> } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    error?: string;
  };
}

describe('bad input through the ingestPage mutation', () => {
  let app: App;
  let seedsAlone: Snapshot;

  const post = async (text: string, source: string): Promise<Answer> => {
    const response = await fetch(app.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
      body: JSON.stringify({ query: MUTATION, variables: { text, source } }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  };

  /** The server still serves: a plain query answers with data. */
  const stillServing = async () => {
    const response = await fetch(app.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ pages { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { data: { pages: { totalCount: number } } }).data.pages.totalCount;
  };

  beforeAll(async () => {
    app = await startSeededApp();
    seedsAlone = await graphSnapshot(app.repository);
  });
  afterAll(() => app?.stop());

  const withExpectation = (keep: (m: MutationExpectation) => boolean) =>
    FILE_CASES.filter((c) => c.mutation !== null && keep(c.mutation)).map((c) => [c.name, c] as const);
  const send = (c: BadInputCase) => post(c.bytes!().toString('utf8'), `${c.name}.txt`);

  it.each(withExpectation((m) => !('loaded' in m)))(
    '%s: refused with a clear error, or recognised as the seed; the graph is unchanged',
    async (_, c) => {
      const expected = c.mutation!;
      const answer = await send(c);
      if ('code' in expected) {
        expect(answer).toEqual({
          status: expected.status,
          body: { data: null, errors: [expect.objectContaining({ message: expected.message })] },
        });
        expect(answer.body.errors![0]!.extensions?.code).toBe(expected.code);
      } else if ('body' in expected) {
        expect(answer).toEqual({ status: expected.status, body: expected.body });
      } else {
        expect(answer.status).toBe(200);
        expect(answer.body.data?.ingestPage).toMatchObject({ status: 'unchanged', sameAs: BASE_SEED, articles: 8 });
      }
      expect(await graphSnapshot(app.repository)).toEqual(seedsAlone);
      expect(await stillServing()).toBe(5);
    },
  );

  it('refuses text over 1,000,000 characters and a source that is a path or holds control characters, naming the argument', async () => {
    const long = await post('双'.repeat(20) + 'a'.repeat(1_000_000), 'long.txt');
    expect(long).toMatchObject({
      status: 200,
      body: { data: null, errors: [{ message: 'Invalid argument: text must be at most 1000000 characters' }] },
    });
    expect(long.body.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    // A path, NUL, a line break (a forged log line), a right-to-left override (txt.exe
    // shown as exe.txt), a zero-width space, and the two names that are directories.
    for (const source of [
      '../../etc/passwd',
      'a\0.txt',
      'a.txt\nloaded b.txt',
      'a\u202etxt.exe',
      'a\u200b.txt',
      '..',
      '.',
    ]) {
      const refusedName = await post('双辽市'.repeat(10), source);
      expect(refusedName.body.errors![0], JSON.stringify(source)).toMatchObject({
        message:
          'Invalid argument: source must be a file name: 1–200 characters, no slashes, no control or text-direction characters',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    expect(await graphSnapshot(app.repository)).toEqual(seedsAlone);
    expect(await stillServing()).toBe(5);
  });

  // Pages that load stay loaded, so these come after the cases compared with the seeds alone.
  it.each(withExpectation((m) => 'loaded' in m))('%s: loaded whole, with its warnings', async (_, c) => {
    const { articles, warnings } = (c.mutation as { loaded: { articles: number; warnings: string[] } }).loaded;
    const before = await stillServing();
    const answer = await send(c);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    expect(answer.body.data!.ingestPage).toEqual({
      status: 'loaded',
      file: `${c.name}.txt`,
      articles,
      sameAs: null,
      warnings,
    });
    expect(await stillServing()).toBe(before + 1);
  });
});
