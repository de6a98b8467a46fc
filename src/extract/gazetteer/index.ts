import { loadPacked } from './cache.js';
import { Gazetteer } from './gazetteer.js';

export { Gazetteer, type Division } from './gazetteer.js';
export { levelOf, suffixOf, rankOfLevel, type DivisionRank } from './levels.js';
export { resolve, affinity, PageContext, SupportContext, SAME_CITY, SAME_COUNTY } from './resolve.js';

let memo: Gazetteer | null = null;

/** The division index, built once per process (and cached on disk across processes). */
export function loadGazetteer(): Gazetteer {
  memo ??= new Gazetteer(loadPacked().packed);
  return memo;
}
export { minRank, resolveJointly, type ChainLink } from './resolveMatches.js';
export { allPlaceNames, findPlaceNames, longestFirst, type PlaceMatch } from './scan.js';
export { upperPlaces, type UpperPlace } from './upper.js';
