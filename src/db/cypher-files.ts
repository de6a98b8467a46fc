import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * Every Cypher statement lives in `cypher/<name>.cypher`; this is the one place that
 * reads them. Files are read once and cached: they are part of the program, not data.
 */
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9/_-]*$/i.test(name)) throw new Error(`Not a Cypher file name: ${name}`);
    text = readFileSync(join(PROJECT_ROOT, 'cypher', `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/**
 * A file that holds several statements (like schema.cypher), split on the `;` that ends
 * a line. `//` comment lines are dropped so a comment never becomes a statement.
 */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
