/**
 * Units (organisations) built as a reader meets them: a place name and a unit-type
 * suffix. County-level bodies hang off the county (双辽市 + 财政局), township-level
 * ones off the town (长水镇 + 司法所), a party branch off the village.
 */
import type { Place } from './places.js';
import type { Random } from './random.js';

const COUNTY_UNITS = [
  '财政局',
  '民政局',
  '司法局',
  '农业农村局',
  '退役军人事务局',
  '卫生健康局',
  '应急管理局',
  '市场监督管理局',
  '生态环境局',
  '文化广电和旅游局',
  '人力资源和社会保障局',
  '融媒体中心',
  '人民法院',
  '人民检察院',
  '公安局',
  '教育局',
  '住房和城乡建设局',
  '交通运输局',
  '妇联',
  '总工会',
];

const TOWN_UNITS = [
  '派出所',
  '司法所',
  '卫生院',
  '中心小学',
  '综合文化站',
  '便民服务中心',
  '新时代文明实践所',
  '财政所',
];

export interface Unit {
  /** The fullest written form, as the page prints it. */
  name: string;
  /** Shorter forms a fair reader could give (the unit without its county). */
  aliases: string[];
}

export function countyUnit(random: Random, county: Place): Unit {
  return { name: county.name + random.skewed(COUNTY_UNITS, 0.6), aliases: [] };
}

/** A township body, written with its county in front when `withCounty` (洛宁县长水镇司法所). */
export function townUnit(random: Random, county: Place, town: Place, withCounty: boolean): Unit {
  const committee = town.level === 'subdistrict' ? '党工委' : '党委';
  const suffix = random.chance(0.15) ? committee : random.pick(TOWN_UNITS);
  const short = town.name + suffix;
  return withCounty ? { name: county.name + short, aliases: [short] } : { name: short, aliases: [] };
}

export function villageUnit(village: Place): Unit {
  return { name: village.name + (village.level === 'community' ? '党委' : '党支部'), aliases: [] };
}
