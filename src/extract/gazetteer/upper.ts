/**
 * Provinces, prefectures and counties as a paper writes them: the one list of
 * upper-level place names that the masthead reader and the unit-name reader share,
 * taken from the division index like every other place name.
 */
import type { Gazetteer } from './gazetteer.js';
import type { DivisionRank } from './levels.js';

export interface UpperPlace {
  name: string;
  rank: DivisionRank;
}

const memo = new WeakMap<Gazetteer, readonly UpperPlace[]>();

/**
 * Ranks 1–3, rank by rank in code order (so that on a clash a bigger place comes
 * first). The index strips a parent's name from a child's (蚌埠市经济开发区 →
 * 经济开发区); a development zone left without any place at its head is written
 * with its city again, as the dataset spells it, since its bare name is a common noun.
 */
export function upperPlaces(gz: Gazetteer): readonly UpperPlace[] {
  let places = memo.get(gz);
  if (!places) {
    places = gz.upperDivisions().map((d) => {
      if (d.level !== null || startsWithPlace(gz, d.name)) return { name: d.name, rank: d.rank };
      const parent = gz.parentsOf(d.code)[0];
      return { name: (parent?.name ?? '') + d.name, rank: d.rank };
    });
    memo.set(gz, places);
  }
  return places;
}

/** A short place name of two or three characters at the head (长春经济技术开发区, 格尔木藏青工业园区). */
function startsWithPlace(gz: Gazetteer, name: string): boolean {
  for (let len = 2; len <= Math.min(3, name.length - 1); len++) {
    const head = name.slice(0, len);
    if (gz.hasShort(head)) return true;
  }
  return false;
}
