import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * The example operations of `examples/`, one per file, as the playground offers them, the
 * soak and fault tests run them and `test/api/examples.test.ts` checks them.
 */
export const EXAMPLES_DIR = join(PROJECT_ROOT, 'examples');

export interface Example {
  /** The file name, `01-town.graphql`. */
  name: string;
  query: string;
  /** A write (ingestPage): it needs the token and a page of text. */
  mutation: boolean;
  /** It shows error answers, and says so on its first line (`# Answers with errors.`). */
  answersWithErrors: boolean;
}

/** Every example, in file order. */
export function readExamples(dir = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const query = readFileSync(join(dir, name), 'utf8');
      return {
        name,
        query,
        mutation: /^\s*mutation\b/m.test(query),
        answersWithErrors: /^# Answers with errors\b/.test(query),
      };
    });
}
