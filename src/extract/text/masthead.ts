/**
 * A romanised masthead (`L U OYANG R IBAO`) → the paper's Chinese name (洛阳日报).
 *
 * Local papers are named after their city (or province, or county) plus 日报,
 * 晚报…; the official division names from the gazetteer, spelt in pinyin with
 * pinyin-pro, give every candidate without a hand-made list of papers.
 */
import { pinyin } from 'pinyin-pro';
import { loadGazetteer, upperPlaces, type UpperPlace } from '../gazetteer/index.js';

const PAPER_KINDS: ReadonlyArray<[string, string]> = [
  ['ribao', '日报'],
  ['wanbao', '晚报'],
  ['shibao', '时报'],
  ['chenbao', '晨报'],
  ['dushibao', '都市报'],
  ['zhoubao', '周报'],
];

/** Ethnic prefixes of autonomous prefectures and regions, dropped from the short name (延边朝鲜族自治州 → 延边). */
const ETHNIC =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|羌|撒拉|仡佬|锡伯|普米|塔吉克|怒|鄂温克|裕固|独龙|鄂伦春|达斡尔|仫佬|毛南|各)族/g;

let index: Map<string, string> | null = null;

/** Short place name as a paper uses it: 洛阳市 → 洛阳, 内蒙古自治区 → 内蒙古. */
export function shortPlaceName(official: string): string {
  const short = official
    .replace(/(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|县|区|旗)$/, '')
    .replace(ETHNIC, '');
  return short.length >= 2 ? short : official.replace(/(?:市|县|区)$/, '') || official;
}

function buildIndex(): Map<string, string> {
  const map = new Map<string, string>();
  let places: readonly UpperPlace[] = [];
  try {
    places = upperPlaces(loadGazetteer());
  } catch {
    // reference data missing: fewer mastheads resolve, nothing breaks
  }
  // Provinces and prefecture cities first (upperPlaces goes rank by rank): their
  // papers are the common ones, and on a clash between equal spellings the bigger place should win.
  for (const { name } of places) {
    if (name === '市辖区' || name === '县') continue;
    const short = shortPlaceName(name);
    const key = pinyin(short, { toneType: 'none', type: 'array', v: false }).join('').toLowerCase();
    if (!map.has(key)) map.set(key, short);
  }
  return map;
}

/** `L U OYANG R IBAO` → 洛阳日报; null when the letters spell no known place + paper kind. */
export function resolveRomanisedMasthead(letters: string): string | null {
  const key = letters.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (key.length < 6) return null;
  index ??= buildIndex();
  for (const [roman, kind] of PAPER_KINDS) {
    if (!key.endsWith(roman)) continue;
    const place = index.get(key.slice(0, key.length - roman.length));
    if (place) return place + kind;
  }
  return null;
}
