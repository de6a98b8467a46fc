/**
 * One page into the graph, in one write transaction: the page is either fully in the
 * graph or not at all.
 *
 *   find-page        the versions already loaded: same content (→ skip) or same file (→ replace)
 *   retract-evidence take the old version's entries out of the aggregated relationships
 *   delete-pages     delete the old page, its articles and events
 *   entities         MERGE towns, units, campaigns, reporters, persons
 *   page             the page, its articles, credits and events
 *   links            event links and mentions
 *   aggregates       PART_OF / BASED_IN / RUNS / HELD_IN evidence
 *   delete-orphans   shared nodes of the old or new version that nothing uses any more
 */
import { basename } from 'node:path';
import type { GraphRepository } from '../db/graph-repository.js';
import { decodePage } from '../extract/normalize.js';
import { extractPage } from '../extract/page.js';
import type { PageExtraction } from '../extract/types.js';
import { pageRows, type PageRows } from './rows.js';

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
  updates: Updates;
  warnings: string[];
  /** Set when the content is already loaded under another file name. */
  sameAs?: string;
}

/** A file that is not a newspaper page we can load; the message says why. */
export class PageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageError';
  }
}

export interface PreparedPage {
  path: string;
  extraction: PageExtraction;
  rows: PageRows;
}

/**
 * Bytes → extraction → rows, with the checks that tell a page from a broken file:
 * something to decode, text rather than binary, and at least one article found.
 */
export function preparePage(path: string, bytes: Uint8Array): PreparedPage {
  const file = basename(path);
  if (bytes.length === 0) throw new PageError('empty file');
  const decoded = decodePage(bytes);
  const text = decoded.text;
  let control = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    if ((code < 0x20 && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\f' && c !== '\v') || code === 0xfffd) {
      control++;
    }
  }
  if (control > Math.max(8, text.length * 0.01)) {
    throw new PageError(`not a text page (${control} control or undecodable characters; ${decoded.encoding} tried)`);
  }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 20) throw new PageError(`not a Chinese newspaper page (${han} Chinese characters)`);
  const extraction = extractPage(bytes, { file });
  if (extraction.articles.length === 0) {
    throw new PageError(`no articles found (${extraction.warnings.join('; ') || 'no headline, byline or body'})`);
  }
  return { path, extraction, rows: pageRows(extraction, text) };
}

export function addUpdates(into: Updates, from: Updates): Updates {
  for (const [k, v] of Object.entries(from)) if (v !== 0) into[k] = (into[k] ?? 0) + v;
  return into;
}

interface LoadedVersion {
  key: string;
  file: string;
  entityKeys: string[];
}

/**
 * Writes a prepared page. A page whose content is already loaded is skipped (unless
 * `force`); an older text of the same file is replaced in the same transaction.
 */
export async function writePage(
  repository: GraphRepository,
  prepared: PreparedPage,
  options: { force?: boolean } = {},
): Promise<PageOutcome> {
  const { rows } = prepared;
  return repository.writeTransaction(async (tx) => {
    const updates: Updates = {};
    const run = async (name: string, params: Record<string, unknown>) => {
      const result = await tx.update(name, params);
      addUpdates(updates, result.updates);
      return result.rows;
    };
    const found = await run('ingest/find-page', { key: rows.page.key, file: rows.page.file });
    const versions = found as unknown as LoadedVersion[];
    const same = versions.find((v) => v.key === rows.page.key);
    const outcome = (status: PageStatus, sameAs?: string): PageOutcome => ({
      path: prepared.path,
      file: rows.page.file,
      status,
      pageKey: rows.page.key,
      articles: rows.articles.length,
      events: rows.events.length,
      updates,
      warnings: rows.warnings,
      ...(sameAs && sameAs !== rows.page.file ? { sameAs } : {}),
    });
    if (same && !options.force) return outcome('unchanged', same.file);

    const replaced = versions.filter((v) => v.key !== rows.page.key || options.force);
    const oldPages = replaced.map((v) => v.key);
    const oldKeys = [...new Set(replaced.flatMap((v) => v.entityKeys))];
    if (oldPages.length > 0) {
      await run('ingest/retract-evidence', { pages: oldPages, keys: oldKeys });
      await run('ingest/delete-pages', { pages: oldPages });
    }
    await writeRows(rows, run);
    await run('ingest/delete-orphans', { keys: [...new Set([...oldKeys, ...rows.page.entityKeys])] });
    return outcome(oldPages.length > 0 ? 'replaced' : 'loaded');
  });
}

async function writeRows(
  rows: PageRows,
  run: (name: string, params: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  await run('ingest/entities', {
    towns: rows.towns,
    units: rows.units,
    campaigns: rows.campaigns,
    reporters: rows.reporters,
    persons: rows.persons,
  });
  await run('ingest/page', { page: rows.page, articles: rows.articles, wrote: rows.wrote, events: rows.events });
  await run('ingest/links', {
    eventHeldIn: rows.eventHeldIn,
    organized: rows.organized,
    eventPartOf: rows.eventPartOf,
    mentions: rows.mentions,
  });
  await run('ingest/aggregates', {
    townPartOf: rows.townPartOf,
    basedIn: rows.basedIn,
    runs: rows.runs,
    campaignHeldIn: rows.campaignHeldIn,
  });
}

/** Reads nothing from disk: prepares and writes a page from bytes already in memory. */
export async function ingestPage(
  repository: GraphRepository,
  path: string,
  bytes: Uint8Array,
  options: { force?: boolean } = {},
): Promise<PageOutcome> {
  return writePage(repository, preparePage(path, bytes), options);
}

/** Deletes the page loaded from `file` (by file name) and whatever only it used. */
export async function removePage(repository: GraphRepository, file: string): Promise<Updates> {
  return repository.writeTransaction(async (tx) => {
    const updates: Updates = {};
    const found = (await tx.update('ingest/find-page', { key: '', file: basename(file) }))
      .rows as unknown as LoadedVersion[];
    if (found.length === 0) return updates;
    const pages = found.map((v) => v.key);
    const keys = [...new Set(found.flatMap((v) => v.entityKeys))];
    for (const [name, params] of [
      ['ingest/retract-evidence', { pages, keys }],
      ['ingest/delete-pages', { pages }],
      ['ingest/delete-orphans', { keys }],
    ] as const) {
      addUpdates(updates, (await tx.update(name, params)).updates);
    }
    return updates;
  });
}
