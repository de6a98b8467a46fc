import type { DivisionRank } from './levels.js';

/**
 * Name forms of official divisions: cleaning the dataset's names, and the other
 * forms newspapers write (巩义 for 巩义市, 开元路街 for 开元路街道).
 */

/** Dataset rows that are grouping devices, not places anyone writes. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

export function isPlaceholderName(name: string): boolean {
  return PLACEHOLDER_NAMES.has(name);
}

/** A name that is nothing but a suffix (a few village rows are called just 社区). */
export function isBareSuffix(name: string): boolean {
  return BARE_SUFFIXES.has(name) || name.length < 2;
}

/**
 * Village rows name the committee, not the place: 杨湾村委会 → 杨湾村,
 * 光明社区居委会 → 光明社区, 姚庄村村民委员会 → 姚庄村. A bare 居委会 (东关居委会)
 * leaves the bare stem; aliasesOfVillage() gives it its written forms.
 */
export function cleanVillageName(raw: string): string {
  const community = /社区(?:居民委员会|居委会|委员会)$/.exec(raw);
  if (community) return raw.slice(0, community.index) + '社区';
  const village = /(?:村民委员会|村委会|村委员会)$/.exec(raw);
  if (village) {
    const stem = raw.slice(0, village.index);
    return stem.endsWith('村') ? stem : stem + '村';
  }
  const residents = /(?:居民委员会|居委会)$/.exec(raw);
  if (residents && residents.index >= 1) return raw.slice(0, residents.index);
  return raw;
}

const BARE_SUFFIXES = new Set(['社区', '村委会', '居委会', '街道', '村民委员会', '居民委员会']);

/**
 * Some rows repeat their parents (洛阳市洛龙区开元路街道, 洛阳市洛龙区关林街光明社区…);
 * strip every leading parent name, also in its 街 form, keeping at least two characters.
 */
export function stripParentNames(name: string, parents: readonly string[]): string {
  let out = name;
  for (const parent of parents) {
    for (const form of [parent, ...streetShortForms(parent)]) {
      const rest = out.slice(form.length);
      // 冯家峪镇社区 is that town's community: stripping would leave a bare suffix.
      if (out.startsWith(form) && rest.length >= 2 && !BARE_SUFFIXES.has(rest)) {
        out = out.slice(form.length);
        break;
      }
    }
  }
  return out;
}

/** 开元路街道 is written 开元路街; 西大街街道 is written 西大街. */
export function streetShortForms(name: string): string[] {
  if (!name.endsWith('街道') || name.length < 4) return [];
  const stem = name.slice(0, -2);
  return [stem.endsWith('街') ? stem : stem + '街'];
}

/** The 55 officially recognised minority peoples, as they appear inside autonomous-area names. */
const MINORITY_PEOPLES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 ' +
  '东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 ' +
  '俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

const PEOPLES = `(?:(?:${MINORITY_PEOPLES.join('|')})族?|各族)+`;
const AUTONOMOUS_AREA = new RegExp(`^(.{2,}?)${PEOPLES}自治(?:区|州|县|旗)$`);
const ETHNIC_TOWN = new RegExp(`^(.{2,}?)${PEOPLES}(镇|乡)$`);
/** 管城回族区 is written 管城区 (and 管城). */
const ETHNIC_DISTRICT = new RegExp(`^(.{2,}?)${PEOPLES}(区)$`);

/**
 * Short forms of provinces, cities and counties: 巩义市 → 巩义, 长阳土家族自治县 → 长阳,
 * 新疆维吾尔自治区 → 新疆. Stems shorter than two characters (城区 → 城) are no names.
 */
export function shortFormsOf(rank: DivisionRank, name: string): string[] {
  if (rank > 3) return [];
  const autonomous = AUTONOMOUS_AREA.exec(name) ?? ETHNIC_DISTRICT.exec(name);
  if (autonomous?.[1]) return [autonomous[1]];
  for (const suffix of ['特别行政区', '自治区', '自治州', '地区', '省', '市', '盟', '县', '旗', '区']) {
    if (name.endsWith(suffix)) {
      const stem = name.slice(0, -suffix.length);
      return stem.length >= 2 ? [stem] : [];
    }
  }
  return [];
}

/**
 * Every form under which a dataset row can be found, besides its short forms:
 * the cleaned name, the 街 form of a 街道, 叶赫满族镇 → 叶赫镇, and 东关 (a bare
 * 居委会) → 东关社区 / 东关居委会.
 */
export function writtenFormsOf(rank: DivisionRank, name: string): string[] {
  if (rank === 3) {
    const ethnic = ETHNIC_DISTRICT.exec(name);
    return ethnic?.[1] && ethnic[2] ? [name, ethnic[1] + ethnic[2]] : [name];
  }
  if (rank === 4) {
    const ethnic = ETHNIC_TOWN.exec(name);
    return [name, ...streetShortForms(name), ...(ethnic?.[1] && ethnic[2] ? [ethnic[1] + ethnic[2]] : [])];
  }
  if (rank === 5 && !/(?:村|社区|屯|嘎查|区|队|场)$/.test(name)) return [name + '社区', name + '居委会'];
  return [name];
}
