/**
 * The rules must hold on pages nobody here has seen, so no name a seed, dev or check
 * page's gold lists (places, units, people, campaigns, titles) may be written into the
 * extraction's code. Comments may quote pages as examples; string and regular
 * expression literals may not hold their names. Reference data (the division dataset,
 * jieba's dictionary) comes from packages, not from here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_GOLD_DIR, DEV_GOLD_DIR, SEEDS_GOLD_DIR } from './fixtures/paths.js';

const SRC = new URL('../../src/extract/', import.meta.url);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The code without its comments: what the program actually holds. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/**
 * Common words that a page also used as a name: 美丽乡村 is the nation's rural programme and
 * a noun (villageGrammar lists it as a word that is no village's name).
 */
const COMMON_WORDS = new Set(['美丽乡村']);

/** Names of four characters or more: shorter ones (县委, 社区) are the grammar the rules are made of. */
function goldNames(): Set<string> {
  const out = new Set<string>();
  for (const dir of [SEEDS_GOLD_DIR, DEV_GOLD_DIR, CHECK_GOLD_DIR]) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        articles: Array<{ title: string | null }>;
        entities: Record<string, Array<{ name: string }>>;
      };
      const names = [
        ...Object.values(gold.entities).flatMap((list) => list.map((e) => e.name)),
        ...gold.articles.flatMap((a) => (a.title ? [a.title] : [])),
      ];
      for (const n of names.map((s) => s.replace(/\s+/g, ''))) if (n.length >= 4 && !COMMON_WORDS.has(n)) out.add(n);
    }
  }
  return out;
}

describe('the extraction code', () => {
  it('names no place, unit, person, campaign or title of the evaluation pages', () => {
    const names = [...goldNames()];
    const SRC_DIR = new URL(SRC).pathname;
    const found = sourceFiles(SRC_DIR).flatMap((file) => {
      const code = withoutComments(readFileSync(file, 'utf8'));
      return names.filter((n) => code.includes(n)).map((n) => `${file.slice(SRC_DIR.length)}: ${n}`);
    });
    expect(found).toEqual([]);
  });
});
