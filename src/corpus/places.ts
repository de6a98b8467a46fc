/**
 * Places for the corpus, drawn from the official division dataset through the
 * gazetteer: a seeded handful of prefectures across many provinces (a few of them
 * much more often than the rest, as a local paper's pages are), then a county, a
 * town (镇/乡/街道) and a village or community inside it.
 */
import { loadGazetteer, type Division, type Gazetteer } from '../extract/gazetteer/index.js';
import type { Random } from './random.js';

export interface Place {
  name: string;
  code: string;
  level: string;
}

/** A county-level place with the prefecture and province above it. */
export interface County extends Place {
  prefecture: Place;
  province: Place;
}

/** A township-level place and its county; `village` is a village or community inside it. */
export interface Locality {
  county: County;
  town: Place;
  village: Place;
}

const TOWN_LEVELS = new Set(['town', 'township', 'subdistrict']);
const VILLAGE_LEVELS = new Set(['village', 'community']);
const COUNTY_LEVELS = new Set(['county', 'district', 'city']);
/** Names that are plain Chinese but a reader would not call a place (开发区, 农场, 林场…). */
const ODD_NAME = /开发区|园区|农场|林场|牧场|管委会|管理区|示范区|新区|办事处|虚拟|片区|矿区|[A-Za-z0-9]/;

function toPlace(d: Division): Place {
  return { name: d.name, code: d.code, level: d.level ?? 'unknown' };
}

/** Children of a division, found by probing the codes that may follow its own (NBS numbering). */
function childrenOf(g: Gazetteer, code: string, digits: number, levels: Set<string>): Place[] {
  const out: Place[] = [];
  const max = 10 ** digits;
  for (let i = 1; i < max; i++) {
    const d = g.get(code + String(i).padStart(digits, '0'));
    if (d && d.level !== null && levels.has(d.level) && !ODD_NAME.test(d.name) && d.name.length >= 2) {
      out.push(toPlace(d));
    }
  }
  return out;
}

export class PlacePool {
  private readonly g = loadGazetteer();
  private readonly prefectures: { prefecture: Place; province: Place }[];
  private readonly countiesOf = new Map<string, County[]>();
  private readonly townsOf = new Map<string, Place[]>();
  private readonly villagesOf = new Map<string, Place[]>();

  /** `count` prefectures, chosen and ordered by the seed; the first few dominate. */
  constructor(random: Random, count = 40) {
    const upper = this.g.upperDivisions();
    const provinces = new Map(upper.filter((d) => d.rank === 1).map((d) => [d.code, toPlace(d)]));
    const prefectures = upper.filter(
      (d) => d.rank === 2 && d.level === 'city' && !ODD_NAME.test(d.name) && provinces.has(d.code.slice(0, 2)),
    );
    // One prefecture per province first, so that many provinces are in, then any.
    const byProvince = new Map<string, Division[]>();
    for (const d of prefectures) {
      const key = d.code.slice(0, 2);
      byProvince.set(key, [...(byProvince.get(key) ?? []), d]);
    }
    const firsts = random.shuffle([...byProvince.values()].map((list) => random.pick(list)));
    const rest = random.shuffle(prefectures.filter((d) => !firsts.includes(d)));
    this.prefectures = [...firsts, ...rest]
      .slice(0, count)
      .map((d) => ({ prefecture: toPlace(d), province: provinces.get(d.code.slice(0, 2))! }));
    this.prefectures = random.shuffle(this.prefectures);
  }

  private counties(i: number): County[] {
    const { prefecture, province } = this.prefectures[i]!;
    let list = this.countiesOf.get(prefecture.code);
    if (!list) {
      list = childrenOf(this.g, prefecture.code, 2, COUNTY_LEVELS).map((c) => ({ ...c, prefecture, province }));
      this.countiesOf.set(prefecture.code, list);
    }
    return list;
  }

  private towns(county: Place): Place[] {
    let list = this.townsOf.get(county.code);
    if (!list) {
      list = childrenOf(this.g, county.code, 3, TOWN_LEVELS);
      this.townsOf.set(county.code, list);
    }
    return list;
  }

  private villages(town: Place): Place[] {
    let list = this.villagesOf.get(town.code);
    if (!list) {
      // Cleaned names lose 居委会/村委会; keep those that still read as a place (…村, …社区).
      list = childrenOf(this.g, town.code, 3, VILLAGE_LEVELS).filter((v) => /(?:村|社区|嘎查)$/.test(v.name));
      this.villagesOf.set(town.code, list);
    }
    return list;
  }

  /** A prefecture index for one page: pages of one paper stay in its area. */
  pickArea(random: Random): number {
    return this.prefectures.indexOf(random.skewed(this.prefectures, 1.1));
  }

  area(i: number): { prefecture: Place; province: Place } {
    return this.prefectures[i]!;
  }

  /** A county, town and village inside area `i` (retrying past empty branches). */
  locality(random: Random, i: number): Locality {
    for (let attempt = 0; attempt < 50; attempt++) {
      const counties = this.counties(i);
      if (counties.length === 0) break;
      const county = random.skewed(counties, 0.8);
      const towns = this.towns(county);
      if (towns.length === 0) continue;
      const town = random.pick(towns);
      const villages = this.villages(town);
      if (villages.length === 0) continue;
      return { county, town, village: random.pick(villages) };
    }
    // An area with no usable branch: fall back to the busiest one.
    return this.locality(random, i === 0 ? 1 : 0);
  }
}
