import { FormIndex } from './formIndex.js';
import { rankOfCode } from './levels.js';
import { isBareSuffix, shortFormsOf, writtenFormsOf } from './names.js';
import type { DivisionTable } from './source.js';

/**
 * The division index in a form that loads in well under a second: a handful of
 * big strings and integer arrays instead of 660k small strings and a 700k-entry
 * Map. Rows are sorted by code; codes are padded to a fixed width so row i's code
 * is a substring; the name index is a list of (written form, row) pairs sorted by
 * form, searched by bisection.
 */
export interface PackedGazetteer {
  /** Codes, each right-padded with spaces to CODE_WIDTH (a space sorts before digits). */
  codes: string;
  /** Cleaned names, '\n'-joined, in row order. */
  names: string;
  /** Full written forms (米河镇, 开元路街, 光明社区), sorted, '\n'-joined, one per pair. */
  fullKeys: string;
  fullRows: Int32Array;
  /** Short forms of provinces, cities, counties (巩义, 长阳), same layout. */
  shortKeys: string;
  shortRows: Int32Array;
  /** Hash gate over the full forms (see FormIndex), cached because building it takes ~0.3 s. */
  fullGate: Uint8Array;
}

export const CODE_WIDTH = 12;

function sortedPairs(pairs: [string, number][]): { keys: string; rows: Int32Array } {
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((p) => p[0]).join('\n'), rows: Int32Array.from(pairs, (p) => p[1]) };
}

export function packTable(table: DivisionTable): PackedGazetteer {
  const full: [string, number][] = [];
  const short: [string, number][] = [];
  table.codes.forEach((code, row) => {
    const rank = rankOfCode(code);
    const name = table.names[row]!;
    if (rank === null || isBareSuffix(name)) return;
    for (const form of new Set(writtenFormsOf(rank, name))) full.push([form, row]);
    for (const form of shortFormsOf(rank, name)) short.push([form, row]);
  });
  const f = sortedPairs(full);
  const s = sortedPairs(short);
  return {
    codes: table.codes.map((c) => c.padEnd(CODE_WIDTH, ' ')).join(''),
    names: table.names.join('\n'),
    fullKeys: f.keys,
    fullRows: f.rows,
    shortKeys: s.keys,
    shortRows: s.rows,
    fullGate: new FormIndex(f.keys, f.rows).buildGate(),
  };
}

/** Start offset of every '\n'-separated item, plus one past the end. */
export function lineStarts(joined: string): Int32Array {
  let count = 1;
  for (let i = joined.indexOf('\n'); i !== -1; i = joined.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = joined.indexOf('\n'); i !== -1; i = joined.indexOf('\n', i + 1)) starts[k++] = i + 1;
  starts[count] = joined.length + 1;
  return starts;
}
