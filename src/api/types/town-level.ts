import { stringEnum } from './string-enum.js';
import { STORED_TOWN_LEVELS, type StoredTownLevel } from '../../graph/town-levels.js';

const DESCRIPTIONS: Record<StoredTownLevel, string> = {
  province: '省, 自治区, 直辖市 (two-digit code)',
  'prefecture-city': '地级市, and the other prefecture-level divisions: 自治州, 地区, 盟 (four-digit code)',
  'county-city': '县级市 (six-digit code, named …市)',
  city: 'a 市 the division data does not resolve, so its kind is unknown',
  county: '县, 自治县, 旗',
  district: '区 (a city district)',
  subdistrict: '街道',
  town: '镇',
  township: '乡, 苏木',
  community: '社区, 居委会',
  village: '村, 嘎查',
  hamlet: '屯, a natural village below an administrative one',
};

/** `TownLevel`: each GraphQL value stands for the level string the graph stores. */
export const TownLevel = stringEnum(
  STORED_TOWN_LEVELS,
  'TownLevel',
  'Where a town stands in the division hierarchy; a 市 says whether it is a prefecture- or county-level city.',
  DESCRIPTIONS,
);

/** A stored level as the enum serves it; null for none or for a value the vocabulary lacks. */
export function townLevelOf(stored: unknown): StoredTownLevel | null {
  return (STORED_TOWN_LEVELS as readonly unknown[]).includes(stored) ? (stored as StoredTownLevel) : null;
}
