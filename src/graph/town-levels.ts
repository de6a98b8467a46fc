/**
 * The levels a Town node stores, one vocabulary for ingest, Cypher filters and the API's
 * `TownLevel` enum. Extraction's own levels (TownLevel in extract/types.ts) say `city` for
 * every 市; the graph says which: the official code's depth tells a prefecture-level city
 * (four digits: 四平市, also 自治州, 地区, 盟) from a county-level one (six digits: 双辽市).
 * A 市 with no code stays `city`, its kind unknown.
 */
import type { TownLevel } from '../extract/types.js';

export const STORED_TOWN_LEVELS = [
  'province',
  'prefecture-city',
  'county-city',
  'city',
  'county',
  'district',
  'subdistrict',
  'town',
  'township',
  'community',
  'village',
  'hamlet',
] as const;
export type StoredTownLevel = (typeof STORED_TOWN_LEVELS)[number];

/** Stored code lengths (see keys.ts storedTownCode) of a prefecture and of a county. */
const PREFECTURE_CODE_LENGTH = 4;
const COUNTY_CODE_LENGTH = 6;

/** The level a Town node stores for an extracted level and its stored code. */
export function storedTownLevel(level: TownLevel | null, code: string | null): StoredTownLevel | null {
  if (level !== 'city') return level;
  if (code?.length === PREFECTURE_CODE_LENGTH) return 'prefecture-city';
  if (code?.length === COUNTY_CODE_LENGTH) return 'county-city';
  return 'city';
}
