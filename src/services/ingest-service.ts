import type { GraphRepository } from '../db/graph-repository.js';
import type { PageWrite } from '../graph/ingest-page.js';
import { UnconfirmedWriteError } from './errors.js';

/**
 * Time a write may take beyond NEO4J_RETRY_SECONDS (the driver's own bound on waiting for
 * an unreachable database): an ordinary page is written in well under a second.
 */
export const WRITE_GRACE_MS = 10_000;

/** Loads one page sent to the API through the same ingest path as `npm run ingest`. */
export class IngestService {
  /** `limitMs`: the longest the database part of a request may take (NEO4J_RETRY_SECONDS + WRITE_GRACE_MS). */
  constructor(
    private readonly repository: GraphRepository,
    private readonly limitMs: number,
  ) {}

  async ingest(text: string, source: string): Promise<PageWrite> {
    // Extraction (segmenter dictionary, division gazetteer: about 25 MB) is loaded on the
    // first page sent, not by an API that only answers queries.
    const { preparePage, writePage } = await import('../graph/ingest-page.js');
    const prepared = preparePage(source, Buffer.from(text, 'utf8'));
    return withinLimit(writePage(this.repository, prepared), this.limitMs);
  }
}

/**
 * The write's answer, or UnconfirmedWriteError once `limitMs` has passed. The driver cannot
 * take back a transaction in flight, so a write still running then ends on its own: that is
 * why the error says the page may or may not be loaded.
 */
async function withinLimit<T>(write: Promise<T>, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnconfirmedWriteError(Math.round(limitMs / 1000))), limitMs);
  });
  // A write that fails after the limit has answered must not become an unhandled rejection.
  write.catch(() => {});
  try {
    return await Promise.race([write, limit]);
  } finally {
    clearTimeout(timer);
  }
}
