/**
 * Several pages' rows → the rows of one write transaction. Pure.
 *
 * Writing pages in batches is what makes a large ingest fast: one round of statements and
 * one commit for many pages instead of one per page. The batch must write exactly what the
 * pages would write one after the other, so:
 * - entity rows keep page order (a unit keeps the longest name seen, aliases gather in the
 *   order they were seen); only exact repeats are dropped, because MERGE-ing the same row
 *   twice changes nothing the second time;
 * - aggregate rows for the same pair are joined into one row, their evidence lists
 *   concatenated in page order: the relationship's lists are rewritten once per batch
 *   instead of once per page, which matters for the pairs every page supports (a county
 *   PART_OF its city gathers thousands of entries in a large corpus).
 */
import type { AggregateRow, EntityRow, PageRows } from './rows.js';

export type BatchRows = Omit<PageRows, 'page' | 'warnings'> & { pages: PageRows['page'][] };

export function batchRows(pages: readonly PageRows[]): BatchRows {
  type Lists = { [K in keyof PageRows as PageRows[K] extends unknown[] ? K : never]: PageRows[K] };
  const all = <K extends keyof Lists>(list: K): Lists[K] => pages.flatMap((p) => p[list] as unknown[]) as Lists[K];
  return {
    pages: pages.map((p) => p.page),
    towns: withoutRepeats(all('towns')),
    units: withoutRepeats(all('units')),
    campaigns: withoutRepeats(all('campaigns')),
    reporters: withoutRepeats(all('reporters')),
    persons: withoutRepeats(all('persons')),
    articles: all('articles'),
    wrote: all('wrote'),
    events: all('events'),
    eventHeldIn: all('eventHeldIn'),
    organized: all('organized'),
    eventPartOf: all('eventPartOf'),
    mentions: all('mentions'),
    townPartOf: joinEvidence(all('townPartOf')),
    basedIn: joinEvidence(all('basedIn')),
    runs: joinEvidence(all('runs')),
    campaignHeldIn: joinEvidence(all('campaignHeldIn')),
  };
}

/** Drops rows identical to an earlier one (same key, name, aliases and every other field). */
function withoutRepeats<Row extends EntityRow>(rows: Row[]): Row[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const id = JSON.stringify(row);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** One row per (from, to) pair, with the evidence of every row for it in order. */
export function joinEvidence(rows: readonly AggregateRow[]): AggregateRow[] {
  const byPair = new Map<string, AggregateRow>();
  for (const row of rows) {
    const pair = `${row.from}\u0000${row.to}`;
    const joined = byPair.get(pair);
    if (!joined) {
      byPair.set(pair, {
        ...row,
        pages: [...row.pages],
        articles: [...row.articles],
        starts: [...row.starts],
        ends: [...row.ends],
      });
      continue;
    }
    joined.pages.push(...row.pages);
    joined.articles.push(...row.articles);
    joined.starts.push(...row.starts);
    joined.ends.push(...row.ends);
  }
  return [...byPair.values()];
}
