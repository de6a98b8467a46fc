import type { GraphRepository } from '../db/graph-repository.js';
import type { PageWrite } from '../graph/ingest-page.js';

/** Loads one page sent to the API through the same ingest path as `npm run ingest`. */
export class IngestService {
  constructor(private readonly repository: GraphRepository) {}

  async ingest(text: string, source: string): Promise<PageWrite> {
    // Extraction (segmenter dictionary, division gazetteer: about 25 MB) is loaded on the
    // first page sent, not by an API that only answers queries.
    const { ingestPage } = await import('../graph/ingest-page.js');
    return ingestPage(this.repository, source, Buffer.from(text, 'utf8'));
  }
}
