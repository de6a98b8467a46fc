import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Kind } from 'graphql';

/**
 * Caching of hot reads: the whole answer to a query, keyed by its text, operation name,
 * variables and the graph's write generation, kept for `maxAgeSeconds`.
 *
 * - A write through this process (the ingest mutation, `ingestPaths` on the app's
 *   repository) moves the generation on, so no answer read before it is served after it;
 *   the key is fixed before the query runs, so a read that overlapped a write is stored
 *   under the old generation and never served again.
 * - A write by another process (`npm run ingest` against the same database) shows after
 *   at most `maxAgeSeconds`.
 * - Live fields (health, stats) are never cached: monitoring must see the database as it
 *   is. Mutations and answers with errors are never cached (Apollo's plugin).
 * - `Cache-Control: no-cache` on a request skips the cache for that request (its answer
 *   still refreshes the cache).
 *
 * Built from Apollo's own cache-control and response-cache plugins; this file only decides
 * the key and which operations may be cached.
 */
export interface ReadCacheOptions {
  /** How long an answer may be served; 0 turns the cache off. */
  maxAgeSeconds: number;
  /** Changes whenever this process writes to the graph. */
  writeGeneration: () => number;
  /** Root fields whose answers must never come from the cache. */
  liveFields: readonly string[];
  /** Most memory the cached answers may take, in UTF-16 code units of their JSON. */
  maxSize?: number;
}

/** 16 Mi code units of JSON: thousands of typical answers, and a bounded share of the API's RSS. */
export const DEFAULT_READ_CACHE_SIZE = 16 * 1024 * 1024;

export function readCachePlugins<Context extends BaseContext>(
  options: ReadCacheOptions,
): ApolloServerPlugin<Context>[] {
  if (options.maxAgeSeconds <= 0) return [];
  const live = new Set(options.liveFields);
  const cacheable = async (request: GraphQLRequestContext<Context>) => !asksForAny(request, live);
  return [
    // Every field may be cached for maxAgeSeconds; no HTTP Cache-Control header is sent,
    // because a browser or proxy cache could not see the write generation.
    ApolloServerPluginCacheControl({ defaultMaxAge: options.maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<Context>({
      cache: new InMemoryLRUCache({ maxSize: options.maxSize ?? DEFAULT_READ_CACHE_SIZE }),
      extraCacheKeyData: async () => options.writeGeneration(),
      shouldReadFromCache: async (request) => !wantsNoCache(request) && (await cacheable(request)),
      shouldWriteToCache: cacheable,
    }),
  ];
}

/** Whether the operation's root selection names one of `fields` (or cannot be told: fragments). */
function asksForAny(request: GraphQLRequestContext<BaseContext>, fields: ReadonlySet<string>): boolean {
  const selections = request.operation?.selectionSet.selections ?? [];
  return selections.some((s) => s.kind !== Kind.FIELD || fields.has(s.name.value));
}

function wantsNoCache(request: GraphQLRequestContext<BaseContext>): boolean {
  return /\bno-cache\b/i.test(request.request.http?.headers.get('cache-control') ?? '');
}
