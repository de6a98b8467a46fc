/**
 * A batch of prepared pages into the graph, in one write transaction: every page of the
 * batch is fully in the graph or none is.
 *
 *   lock-files       one lock per file name, so two texts of one file are written in turn
 *   claim-pages      which pages are already loaded (→ skip) and which older texts of the
 *                    same files they replace; claims the new keys against concurrent ingests
 *   retract-evidence take the replaced versions' entries out of the aggregated relationships
 *   delete-pages     delete the replaced pages, their articles and events
 *   entities         MERGE towns, units, campaigns, reporters, persons
 *   pages            the pages, their articles, credits and events
 *   links            event links and mentions
 *   aggregates       PART_OF / BASED_IN / RUNS / HELD_IN evidence
 *   delete-orphans   shared nodes of the old or new versions that nothing uses any more
 *   unlock-files     deletes the lock nodes (the locks last until the commit)
 *
 * A batch must not hold two pages with the same key or the same file name: the caller
 * (ingest-pages.ts) starts a new batch instead, so that the second one sees the first.
 */
import type { GraphRepository, GraphTransaction } from '../db/graph-repository.js';
import { batchRows } from './batch-rows.js';
import { keysByLabel } from './keys.js';
import type { PreparedPage } from './ingest-page.js';
import type { PageRows } from './rows.js';

/** What a statement changed, summed: nodesCreated, relationshipsDeleted, propertiesSet… */
export type Updates = Record<string, number>;

export type PageStatus = 'loaded' | 'replaced' | 'unchanged' | 'extracted';

export interface PageOutcome {
  /** The path as given. */
  path: string;
  file: string;
  status: PageStatus;
  pageKey: string;
  articles: number;
  events: number;
  warnings: string[];
  /** Set when the content is already loaded under another file name. */
  sameAs?: string;
}

export interface BatchOutcome {
  /** One per page, in the order given. */
  pages: PageOutcome[];
  /** What the batch's transaction changed. */
  updates: Updates;
}

interface Claim {
  key: string;
  /** File name the content is loaded under; null when the page is new. */
  loadedAs: string | null;
  loadedEntityKeys: string[];
  olderVersions: { key: string; entityKeys: string[] }[];
}

/**
 * Evidence entries kept on an aggregated relationship (its `count` counts them all): enough
 * to show the articles behind a fact, small enough that appending stays cheap at any size.
 */
export const EVIDENCE_SAMPLE = 50;

/**
 * A batch may take longer than a query may (NEO4J_TX_TIMEOUT_SECONDS guards the API's
 * reads): 50 pages take a second or two, but a first batch plans every statement, and a
 * busy machine stretches both. Still bounded, so a stuck write cannot hold locks forever.
 */
export const BATCH_TIMEOUT_MS = 300_000;

export function addUpdates(into: Updates, from: Updates): Updates {
  for (const [k, v] of Object.entries(from)) if (v !== 0) into[k] = (into[k] ?? 0) + v;
  return into;
}

/**
 * Writes the pages. A page whose content is already loaded is skipped (unless `force`);
 * an older text of the same file is replaced in the same transaction.
 */
export async function writePages(
  repository: GraphRepository,
  prepared: readonly PreparedPage[],
  options: { force?: boolean } = {},
): Promise<BatchOutcome> {
  if (prepared.length === 0) return { pages: [], updates: {} };
  // What the last attempt that reached its commit decided (see ownCommit).
  let attempted: BatchOutcome | null = null;
  // The driver retries the whole function on a transient error (a deadlock between two
  // concurrent ingests), so everything it computes starts afresh inside.
  return repository.writeTransaction(
    async (tx) => {
      const updates: Updates = {};
      // Every ingest statement takes its lists inside one map (see the files' headers).
      const run = async (name: string, batch: Record<string, unknown>, scalars: Record<string, unknown> = {}) => {
        const result = await tx.update(name, { batch, ...scalars });
        addUpdates(updates, result.updates);
        return result.rows;
      };
      const files = fileNames(prepared.map(({ rows }) => rows.page.file));
      await tx.update('ingest/lock-files', { batch: { files } });
      const claims = await claimPages(tx, prepared, updates);
      const toWrite: PageRows[] = [];
      const oldPages: string[] = [];
      const oldKeys = new Set<string>();
      const pages = prepared.map(({ path, rows }): PageOutcome => {
        const claim = claims.get(rows.page.key)!;
        const replaced = claim.olderVersions.map((v) => ({ ...v }));
        if (claim.loadedAs !== null && options.force) {
          replaced.push({ key: rows.page.key, entityKeys: claim.loadedEntityKeys });
        }
        const outcome = (status: PageStatus, sameAs?: string | null): PageOutcome => ({
          path,
          file: rows.page.file,
          status,
          pageKey: rows.page.key,
          articles: rows.articles.length,
          events: rows.events.length,
          warnings: rows.warnings,
          ...(sameAs && sameAs !== rows.page.file ? { sameAs } : {}),
        });
        if (claim.loadedAs !== null && !options.force) return outcome('unchanged', claim.loadedAs);
        for (const v of replaced) {
          oldPages.push(v.key);
          for (const k of v.entityKeys) oldKeys.add(k);
        }
        toWrite.push(rows);
        return outcome(replaced.length > 0 ? 'replaced' : 'loaded');
      });
      if (oldPages.length > 0) {
        await run('ingest/retract-evidence', { pages: oldPages });
        await run('ingest/delete-pages', { pages: oldPages });
      }
      if (toWrite.length > 0) {
        await writeRows(toWrite, run);
        for (const rows of toWrite) for (const k of rows.page.entityKeys) oldKeys.add(k);
        await run('ingest/delete-orphans', keysByLabel(oldKeys));
      }
      // Not counted in `updates`: the lock nodes come and go within the transaction.
      await tx.update('ingest/unlock-files', { batch: { files } });
      const outcome = ownCommit(attempted, { pages, updates });
      attempted = outcome;
      return outcome;
    },
    { minTimeoutMs: BATCH_TIMEOUT_MS },
  );
}

/** Distinct and sorted, so that concurrent batches take their locks in one order. */
export function fileNames(files: readonly string[]): string[] {
  return [...new Set(files)].sort();
}

/**
 * The driver also retries when a commit's answer is lost (the connection drops as the
 * database commits): the retry then finds this very write loaded and would call it
 * `unchanged`. A page that an earlier attempt of this call wrote and the retry finds
 * loaded under the same key is reported as that attempt wrote it.
 */
function ownCommit(earlier: BatchOutcome | null, now: BatchOutcome): BatchOutcome {
  if (earlier === null) return now;
  let ours = false;
  const pages = now.pages.map((page, i) => {
    const before = earlier.pages[i];
    if (page.status !== 'unchanged' || before === undefined || before.status === 'unchanged') return page;
    if (before.pageKey !== page.pageKey) return page;
    ours = true;
    return before;
  });
  return ours ? { pages, updates: addUpdates({ ...earlier.updates }, now.updates) } : now;
}

async function claimPages(
  tx: GraphTransaction,
  prepared: readonly PreparedPage[],
  updates: Updates,
): Promise<Map<string, Claim>> {
  const keys = prepared.map(({ rows }) => ({ key: rows.page.key, file: rows.page.file }));
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = await tx.update<Claim & Record<string, unknown>>('ingest/claim-pages', { batch: { pages: keys } });
  // The claim creates each new Page node (pages.cypher fills it in), so its counts are real.
  addUpdates(updates, result.updates);
  return new Map(result.rows.map((row) => [row.key, row]));
}

async function writeRows(
  pages: readonly PageRows[],
  run: (name: string, batch: Record<string, unknown>, scalars?: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  const batch = batchRows(pages);
  await run('ingest/entities', {
    towns: batch.towns,
    units: batch.units,
    campaigns: batch.campaigns,
    reporters: batch.reporters,
    persons: batch.persons,
  });
  await run('ingest/pages', {
    pages: pages.map((p) => ({ ...p.page, articleCount: p.articles.length })),
    articles: batch.articles,
    wrote: batch.wrote,
    events: batch.events,
  });
  await run('ingest/links', {
    eventHeldIn: batch.eventHeldIn,
    organized: batch.organized,
    eventPartOf: batch.eventPartOf,
    mentions: batch.mentions,
  });
  await run(
    'ingest/aggregates',
    {
      townPartOf: batch.townPartOf,
      basedIn: batch.basedIn,
      runs: batch.runs,
      campaignHeldIn: batch.campaignHeldIn,
    },
    { sample: EVIDENCE_SAMPLE },
  );
}
