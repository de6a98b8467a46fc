/**
 * Several pages' rows → the rows of one write transaction. Pure.
 *
 * Writing pages in batches is what makes a large ingest fast: one round of statements and
 * one commit for many pages instead of one per page. The batch must write exactly what the
 * pages would write one after the other, so:
 * - entity rows become one row per key: the name the pages would leave (a unit or campaign
 *   keeps the first of its longest names, a town the first), and every other form seen as
 *   an alias (entities.cypher keeps aliases as a sorted set, so the grouping of pages into
 *   batches never changes them). One row per key also matters to Neo4j: two rows MERGE-ing
 *   the same node in one statement may read its aliases before either writes them;
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
    towns: oneRowPerKey(all('towns'), 'first'),
    units: oneRowPerKey(all('units'), 'longest'),
    campaigns: oneRowPerKey(all('campaigns'), 'longest'),
    reporters: oneRowPerKey(all('reporters'), 'first'),
    persons: oneRowPerKey(all('persons'), 'first'),
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

/**
 * One row per key, as entities.cypher would leave the node after the rows one by one: the
 * name is the first one (`first`) or the first of the longest (`longest`); the aliases are
 * every other name and alias seen; a
 * town's code and level are the first known.
 */
export function oneRowPerKey<Row extends EntityRow & { code?: string | null; level?: string | null }>(
  rows: readonly Row[],
  naming: 'first' | 'longest',
): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const joined = byKey.get(row.key);
    if (!joined) {
      byKey.set(row.key, { ...row, aliases: [...row.aliases] });
      continue;
    }
    for (const form of [...row.aliases, row.name]) if (!joined.aliases.includes(form)) joined.aliases.push(form);
    if (naming === 'longest' && [...row.name].length > [...joined.name].length) {
      if (!joined.aliases.includes(joined.name)) joined.aliases.push(joined.name);
      joined.name = row.name;
    }
    if ('code' in joined) joined.code ??= row.code ?? null;
    if ('level' in joined) joined.level ??= row.level ?? null;
  }
  for (const row of byKey.values()) row.aliases = row.aliases.filter((form) => form !== row.name);
  return [...byKey.values()];
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
