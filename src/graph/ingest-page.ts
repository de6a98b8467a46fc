/**
 * One page: from bytes to rows (`preparePage`, pure), and into the graph as a batch of one
 * (`writePage`, `ingestPage`; the API's ingestPage mutation comes through here). Large
 * ingests write many pages per transaction: see write-pages.ts and ingest-pages.ts.
 */
import { basename } from 'node:path';
import type { GraphRepository } from '../db/graph-repository.js';
import { decodePage } from '../extract/normalize.js';
import { extractPage, MAX_PAGE_CHARACTERS, pageTooLarge } from '../extract/page.js';
import type { PageExtraction } from '../extract/types.js';
import { keysByLabel } from './keys.js';
import { pageRows, type PageRows } from './rows.js';
import { addUpdates, fileNames, writePages, type PageOutcome, type Updates } from './write-pages.js';

export type { PageOutcome, PageStatus, Updates } from './write-pages.js';

/** A page written on its own: its outcome and what its transaction changed. */
export type PageWrite = PageOutcome & { updates: Updates };

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
  // Before the scans below: a whole archive glued into one file is refused at once.
  if (text.length > MAX_PAGE_CHARACTERS) throw new PageError(`no articles found (${pageTooLarge(text.length)})`);
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
  // The text decoded above is extracted as it is (decoding once); its notes lead extraction's.
  const extracted = extractPage(text, { file });
  const extraction = { ...extracted, warnings: [...decoded.warnings, ...extracted.warnings] };
  if (extraction.articles.length === 0) {
    throw new PageError(`no articles found (${extraction.warnings.join('; ') || 'no headline, byline or body'})`);
  }
  const rows = pageRows(extraction, text);
  // What the user is told about the page: extraction's notes (encoding, damage) and the graph's.
  return { path, extraction, rows: { ...rows, warnings: [...extraction.warnings, ...rows.warnings] } };
}

/** Writes one prepared page in its own transaction (see writePages). */
export async function writePage(
  repository: GraphRepository,
  prepared: PreparedPage,
  options: { force?: boolean } = {},
): Promise<PageWrite> {
  const { pages, updates } = await writePages(repository, [prepared], options);
  return { ...pages[0]!, updates };
}

/** Reads nothing from disk: prepares and writes a page from bytes already in memory. */
export async function ingestPage(
  repository: GraphRepository,
  path: string,
  bytes: Uint8Array,
  options: { force?: boolean } = {},
): Promise<PageWrite> {
  return writePage(repository, preparePage(path, bytes), options);
}

/** Deletes the page loaded from `file` (by file name) and whatever only it used. */
export async function removePage(repository: GraphRepository, file: string): Promise<Updates> {
  const files = fileNames([basename(file)]);
  return repository.writeTransaction(async (tx) => {
    const updates: Updates = {};
    // The same lock as a write of the file takes (see write-pages.ts).
    await tx.update('ingest/lock-files', { batch: { files } });
    const found = await tx.run<{ key: string; entityKeys: string[] }>('ingest/find-pages-of-file', {
      file: files[0],
    });
    if (found.length === 0) {
      await tx.update('ingest/unlock-files', { batch: { files } });
      return updates;
    }
    const pages = found.map((v) => v.key);
    const keys = [...new Set(found.flatMap((v) => v.entityKeys))];
    for (const [name, params] of [
      ['ingest/retract-evidence', { batch: { pages } }],
      ['ingest/delete-pages', { batch: { pages } }],
      ['ingest/delete-orphans', { batch: keysByLabel(keys) }],
    ] as const) {
      addUpdates(updates, (await tx.update(name, params)).updates);
    }
    await tx.update('ingest/unlock-files', { batch: { files } });
    return updates;
  });
}
