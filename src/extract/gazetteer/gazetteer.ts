import type { TownLevel } from '../types.js';
import { ancestorCodes, levelOfRow, rankOfCode, type DivisionRank } from './levels.js';
import { FormIndex } from './formIndex.js';
import { CODE_WIDTH, lineStarts, type PackedGazetteer } from './packed.js';

/** One official division. */
export interface Division {
  code: string;
  /** Cleaned official name (village names without 村委会/居委会). */
  name: string;
  rank: DivisionRank;
  level: TownLevel | null;
}

/**
 * Read-only index of the official divisions (see packed.ts for the layout).
 * Division objects are made on demand: 660k of them would cost more memory than
 * the whole index.
 */
export class Gazetteer {
  private readonly nameStarts: Int32Array;
  private readonly full: FormIndex;
  private readonly short: FormIndex;

  constructor(private readonly packed: PackedGazetteer) {
    this.nameStarts = lineStarts(packed.names);
    this.full = new FormIndex(packed.fullKeys, packed.fullRows, packed.fullGate);
    this.short = new FormIndex(packed.shortKeys, packed.shortRows);
  }

  get size(): number {
    return this.nameStarts.length - 1;
  }

  /** Longest full written form, bounding how far back a matcher need look. */
  get maxNameLength(): number {
    return this.full.maxLength;
  }

  get maxShortLength(): number {
    return this.short.maxLength;
  }

  private codeAt(row: number): string {
    return this.packed.codes.slice(row * CODE_WIDTH, (row + 1) * CODE_WIDTH).trimEnd();
  }

  private division(row: number): Division {
    const code = this.codeAt(row);
    const name = this.packed.names.slice(this.nameStarts[row]!, this.nameStarts[row + 1]! - 1);
    const rank = rankOfCode(code)!;
    return { code, name, rank, level: levelOfRow(rank, name) };
  }

  /**
   * Recent lookups: the same names come back page after page, and making their
   * Division objects again (hundreds for 光明社区) is most of a lookup's cost. Callers
   * must treat the returned arrays as read-only. One map per kind of lookup, keyed by
   * the name or code itself, so a hit builds no key string.
   */
  private readonly fullMemo = new Map<string, readonly Division[]>();
  private readonly shortMemo = new Map<string, readonly Division[]>();
  private readonly parentsMemo = new Map<string, readonly Division[]>();

  private remembered(memo: Map<string, readonly Division[]>, key: string, make: () => Division[]): readonly Division[] {
    let hit = memo.get(key);
    if (!hit) {
      if (memo.size >= 20_000) memo.clear();
      hit = Object.freeze(make());
      memo.set(key, hit);
    }
    return hit;
  }

  /** Divisions written exactly so, with their suffix (米河镇, 开元路街, 光明社区). */
  lookupFull(name: string): readonly Division[] {
    return this.remembered(this.fullMemo, name, () => this.full.rowsOf(name).map((r) => this.division(r)));
  }

  /** Provinces, cities and counties whose short form this is (巩义 → 巩义市). */
  lookupShort(name: string): readonly Division[] {
    return this.remembered(this.shortMemo, name, () => this.short.rowsOf(name).map((r) => this.division(r)));
  }

  hasFull(name: string): boolean {
    return this.full.has(name);
  }

  hasShort(name: string): boolean {
    return this.short.has(name);
  }

  /** Lengths of the full written forms that end at `end` in `text`, longest first. */
  fullFormsEndingAt(text: string, end: number): number[] {
    return this.full.lengthsEndingAt(text, end);
  }

  /** All divisions a written name may stand for, by full name and by short name. */
  lookup(name: string): readonly Division[] {
    const full = this.lookupFull(name);
    const seen = new Set(full.map((d) => d.code));
    return [...full, ...this.lookupShort(name).filter((d) => !seen.has(d.code))];
  }

  /** The division with this code, by bisection over the sorted, padded codes. */
  get(code: string): Division | null {
    const key = code.padEnd(CODE_WIDTH, ' ');
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.packed.codes.slice(mid * CODE_WIDTH, (mid + 1) * CODE_WIDTH);
      if (c === key) return this.division(mid);
      if (c < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Ancestors, nearest first; grouping rows (市辖区) are skipped. */
  parentsOf(code: string): readonly Division[] {
    return this.remembered(this.parentsMemo, code, () =>
      ancestorCodes(code)
        .map((c) => this.get(c))
        .filter((d): d is Division => d !== null),
    );
  }

  /** Provinces, prefectures and counties (ranks 1–3): rank by rank, each in code order. */
  upperDivisions(): Division[] {
    const byRank: Division[][] = [[], [], []];
    for (let row = 0; row < this.size; row++) {
      // Codes are right-padded: a blank at offset 6 means a code of at most six digits.
      if (this.packed.codes.charCodeAt(row * CODE_WIDTH + 6) !== 0x20) continue;
      const d = this.division(row);
      byRank[d.rank - 1]?.push(d);
    }
    return byRank.flat();
  }

  /** Distinct short forms, for callers that build their own matcher over the text. */
  shortForms(): IterableIterator<string> {
    return this.short.forms();
  }
}
