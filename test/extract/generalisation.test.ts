/**
 * Pages in styles the seeds do not show (other papers, other provinces), each with
 * its expected answers in `fixtures/gold/<page>.json` (the eval's gold format, so
 * `npm run eval -- --pages test/extract/fixtures --gold test/extract/fixtures/gold`
 * scores them too). Every fact a fixture's gold lists is asserted here, except the
 * ones named in KNOWN_GAPS: those are what the rules cannot read yet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/extract/page.js';
import type { PageExtraction } from '../../src/extract/types.js';

interface Gold {
  page: unknown;
  articles: Array<{ title: string; subtitle: string | null; kind: string; reporters: unknown[] }>;
  entities: Record<string, Array<{ name: string; aliases?: string[] }>>;
  relations: Array<{ type: string; from: string; to: string }>;
}

const PAGES = ['luoyang-headline-after', 'zhengzhou-masthead', 'hangzhou-photos', 'jinan-towns', 'sichuan-villages'];

/** Gold facts the extraction still misses, as `type:name` or `REL:from->to`. */
const KNOWN_GAPS = new Set<string>([]);

const fixture = (name: string, ext: string): string =>
  readFileSync(new URL(`./fixtures/${ext === 'json' ? 'gold/' : ''}${name}.${ext}`, import.meta.url), 'utf8');
const ws = (s: string | null): string => (s ?? '').replace(/\s+/g, '');

function extracted(name: string): { x: PageExtraction; gold: Gold } {
  return {
    x: extractPage(fixture(name, 'txt'), { file: `${name}.txt` }),
    gold: JSON.parse(fixture(name, 'json')) as Gold,
  };
}

describe.each(PAGES)('fixture page %s', (name) => {
  const { x, gold } = extracted(name);

  it('reads the page header', () => {
    expect(x.page).toEqual(gold.page);
  });

  it('finds each story with its title and credits', () => {
    expect(x.articles).toHaveLength(gold.articles.length);
    gold.articles.forEach((g, i) => {
      const a = x.articles[i]!;
      // A title that joins a kicker line to the headline still names the story.
      expect(ws(a.title)).toContain(ws(g.title));
      expect(a.kind).toBe(g.kind);
      expect(a.reporters).toEqual(g.reporters);
    });
  });

  it('finds every entity the gold lists, and nothing else', () => {
    for (const [type, golds] of Object.entries(gold.entities)) {
      const names = x.entities[type as keyof PageExtraction['entities']].map((e) => ws(e.name));
      const wanted = golds.filter((g) => !KNOWN_GAPS.has(`${type}:${g.name}`));
      for (const g of wanted) {
        const forms = [g.name, ...(g.aliases ?? [])].map(ws);
        expect(
          names.some((n) => forms.includes(n)),
          `${type} ${g.name} in ${names.join(' ')}`,
        ).toBe(true);
      }
      for (const n of names) {
        const known = golds.some((g) => [g.name, ...(g.aliases ?? [])].some((form) => ws(form) === n));
        expect(known, `unexpected ${type} ${n}`).toBe(true);
      }
    }
  });

  it('finds every relation the gold lists', () => {
    // An end matches the gold name or any alias the gold gives that entity.
    const forms = (name: string): string[] => {
      const e = Object.values(gold.entities)
        .flat()
        .find((x) => x.name === name);
      return [name, ...(e?.aliases ?? [])].map(ws);
    };
    for (const g of gold.relations) {
      if (KNOWN_GAPS.has(`${g.type}:${g.from}->${g.to}`)) continue;
      const found = x.relations.some(
        (r) =>
          r.type === g.type &&
          forms(g.from).includes(ws(r.from)) &&
          (g.type === 'WROTE'
            ? ws(r.to).includes(ws(g.to)) || ws(g.to).includes(ws(r.to))
            : forms(g.to).includes(ws(r.to))),
      );
      expect(found, `${g.type} ${g.from} -> ${g.to}`).toBe(true);
    }
  });
});
