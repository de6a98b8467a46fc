import type { TownLevel } from '../types.js';

/**
 * Depth in the NBS hierarchy, read off the code length: 2 digits = province,
 * 4 = prefecture city, 6 = county level, 9 = township level, 12 = village level.
 */
export type DivisionRank = 1 | 2 | 3 | 4 | 5;

export const CODE_LENGTH_BY_RANK: Record<DivisionRank, number> = { 1: 2, 2: 4, 3: 6, 4: 9, 5: 12 };

export function rankOfCode(code: string): DivisionRank | null {
  switch (code.length) {
    case 2:
      return 1;
    case 4:
      return 2;
    case 6:
      return 3;
    case 9:
      return 4;
    case 12:
      return 5;
    default:
      return null;
  }
}

/** The codes of every ancestor, nearest first, derived from the code's own prefixes. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (const len of [9, 6, 4, 2]) if (len < code.length) out.push(code.slice(0, len));
  return out;
}

/**
 * Suffix → level, longest suffix first so that 自治县 wins over 县 and 街道 over 道.
 * These are the grammatical heads of Chinese administrative names.
 */
const SUFFIX_LEVELS: readonly (readonly [string, TownLevel])[] = [
  ['特别行政区', 'province'],
  ['自治区', 'province'],
  ['自治州', 'city'],
  ['自治县', 'county'],
  ['自治旗', 'county'],
  ['居委会', 'community'],
  ['嘎查', 'village'],
  ['苏木', 'township'],
  ['街道', 'subdistrict'],
  ['社区', 'community'],
  ['地区', 'city'],
  ['省', 'province'],
  ['盟', 'city'],
  ['市', 'city'],
  ['县', 'county'],
  ['旗', 'county'],
  ['区', 'district'],
  ['镇', 'town'],
  ['乡', 'township'],
  ['街', 'subdistrict'],
  ['村', 'village'],
  ['屯', 'hamlet'],
];

/** Level of a place name judged by its suffix alone (null when it has none). */
export function levelOf(name: string): TownLevel | null {
  for (const [suffix, level] of SUFFIX_LEVELS) {
    if (name.length > suffix.length && name.endsWith(suffix)) return level;
  }
  return null;
}

/** The suffix levelOf() recognised, so callers can take the stem of a name. */
export function suffixOf(name: string): string | null {
  for (const [suffix] of SUFFIX_LEVELS) {
    if (name.length > suffix.length && name.endsWith(suffix)) return suffix;
  }
  return null;
}

const FUNCTIONAL_ZONE =
  /(?:开发区|园区|管理区|试验区|示范区|合作区|高新区|产业园|工业园|实验区|保护区|风景区|旅游区|农场|林场|牧场)$/;

/**
 * Level of a dataset row: the suffix decides, except where the rank says otherwise
 * (北京市 is a province; 巩义市 at county rank is a county-level city; a 开发区 at
 * township rank is no district).
 */
export function levelOfRow(rank: DivisionRank, name: string): TownLevel | null {
  // Development zones and the like are functional areas, not a level of government.
  if (rank > 1 && FUNCTIONAL_ZONE.test(name)) return null;
  const bySuffix = levelOf(name);
  if (rank === 1) return 'province';
  if (rank === 2) return bySuffix === 'district' || bySuffix === null ? 'city' : bySuffix;
  if (rank === 3) return bySuffix === 'county' || bySuffix === 'district' || bySuffix === 'city' ? bySuffix : null;
  if (rank === 4) return bySuffix === 'town' || bySuffix === 'township' || bySuffix === 'subdistrict' ? bySuffix : null;
  // Rank 5: a bare name came from "XX居委会" (see names.ts), so it is a community.
  return bySuffix === 'village' || bySuffix === 'hamlet' || bySuffix === 'community' ? bySuffix : 'community';
}

/** Rank a written level most likely has, to order places in a written chain (省 > 市 > 区 > 镇 > 村). */
export function rankOfLevel(level: TownLevel | null): DivisionRank | null {
  switch (level) {
    case 'province':
      return 1;
    case 'city':
      return 2;
    case 'county':
    case 'district':
      return 3;
    case 'town':
    case 'township':
    case 'subdistrict':
      return 4;
    case 'community':
    case 'village':
    case 'hamlet':
      return 5;
    default:
      return null;
  }
}
