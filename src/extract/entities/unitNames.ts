/**
 * Reading the parts of an organisation name: which places it starts with, and
 * whether what is left before the head is only a generic word for a kind of
 * people or facility (志愿者服务队, 党群服务站, 物业公司) rather than a name.
 */
import type { PlaceMatcher } from './placeMatcher.js';

/** Qualifiers that describe a kind of group or facility, never a particular one. */
const GENERIC_WORDS = [
  '志愿服务',
  '志愿者',
  '抗疫',
  '防疫',
  '志愿',
  '党群',
  '服务',
  '辖区',
  '基层',
  '小区',
  '物业',
  '党员',
  '业主',
  '成员',
  '相关',
  '有关',
  '所属',
  '青年',
  '邻里',
  '互助',
  '义务',
  '居民',
  '群众',
  '先锋',
  '爱心',
  '社会',
  '各级',
  '上级',
  '共建',
  '联建',
  '单位',
  '企业',
  '印刷',
  '养殖',
  '种植',
  '专业',
  '合作',
  '农民',
  '妇女',
  '委员会',
  '工作',
  '综合',
  '便民',
  '活动',
  '文化',
  '学习',
  '中',
  '小',
  '大',
  '新',
  '老',
];

/** Whether `qualifier` is made of generic words only (an empty one counts too). */
export function isGenericQualifier(qualifier: string): boolean {
  let rest = qualifier;
  while (rest.length > 0) {
    const word = GENERIC_WORDS.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/**
 * The run of known places at the start of `name` (巩义市米河镇…): its length and
 * the last of the page's towns in it, which is where the unit is based.
 */
export function placePrefix(name: string, places: PlaceMatcher): { length: number; town: string | null } {
  let pos = 0;
  let town: string | null = null;
  for (;;) {
    const len = places.startingAt(name, pos);
    if (len === 0 || pos + len >= name.length) return { length: pos, town };
    town = places.townOf(name.slice(pos, pos + len)) ?? town;
    pos += len;
  }
}

/** Lower-level abbreviations a name can start with, and the town level they stand for. */
export const LEVEL_ABBREVIATIONS = [
  { word: '街道', level: 'subdistrict' },
  { word: '社区', level: 'community' },
  { word: '镇', level: 'town' },
  { word: '乡', level: 'township' },
  { word: '村', level: 'village' },
] as const;

/** Upper-level abbreviations (市人社局, 区委组织部, 县政协): kept as the page writes them. */
export const UPPER_ABBREVIATION = /^[省市县区州]/;
