/** Renders a TotalScore for people (aligned table) or programs (JSON with P/R/F1 filled in). */
import type { Counts, PageScore, TotalScore } from './score.js';
import { prf } from './score.js';

const f3 = (x: number): string => x.toFixed(3);

function row(label: string, c: Counts): string {
  const s = prf(c);
  return `  ${label.padEnd(18)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  (tp ${c.tp} pred ${c.predicted} gold ${c.gold})`;
}

function rows(prefix: string, group: Record<string, Counts>, verbose: boolean): string[] {
  return Object.entries(group).flatMap(([k, c]) => [
    row(`${prefix}${k}`, c),
    ...(verbose ? c.misses.map((m) => `      miss: ${m}`) : []),
    ...(verbose ? c.falsePositives.map((m) => `      false+: ${m}`) : []),
  ]);
}

function section(
  title: string,
  s: Pick<PageScore, 'entities' | 'relations' | 'events' | 'titles' | 'header'>,
  verbose: boolean,
): string[] {
  return [
    title,
    ...rows('', s.entities, verbose),
    ...rows('', s.relations, verbose),
    ...rows('', s.events, verbose),
    ...rows('', { titles: s.titles }, verbose),
    ...rows('page.', s.header, verbose),
  ];
}

export function formatReport(total: TotalScore, verbose: boolean): string {
  const lines = [
    ...total.pages.flatMap((p) => section(`page ${p.file}`, p, verbose)),
    ...section(`micro-average over ${total.pages.length} page(s)`, total, false),
    row('ENTITIES', total.allEntities),
    row('RELATIONS', total.allRelations),
    row('EVENTS', total.allEvents),
    `entities F1 ${f3(prf(total.allEntities).f1)} relations F1 ${f3(prf(total.allRelations).f1)} events F1 ${f3(prf(total.allEvents).f1)}`,
  ];
  return lines.join('\n');
}

/** JSON: every Counts gains its precision/recall/f1 next to the raw figures. */
export function reportJson(total: TotalScore): unknown {
  return JSON.parse(
    JSON.stringify(total, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && 'tp' in value && 'gold' in value
        ? { ...(value as Counts), ...prf(value as Counts) }
        : value,
    ),
  );
}
