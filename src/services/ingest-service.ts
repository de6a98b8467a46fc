import type { GraphRepository } from '../db/graph-repository.js';
import { ingestPage, type PageWrite } from '../graph/ingest-page.js';

/** Loads one page sent to the API through the same ingest path as `npm run ingest`. */
export class IngestService {
  constructor(private readonly repository: GraphRepository) {}

  ingest(text: string, source: string): Promise<PageWrite> {
    return ingestPage(this.repository, source, Buffer.from(text, 'utf8'));
  }
}
