/**
 * Written forms of real places from the division index (provinces, prefectures,
 * counties), full, and short for provinces and prefectures (洛阳市 → 洛阳). Used to
 * tell a placed organisation name (洛阳巡特警支队) from a bare one (巡特警支队) even
 * when the town stage did not list that place.
 */
import { loadGazetteer, upperPlaces } from '../gazetteer/index.js';

const LEVEL_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|盟|旗)$/;

let cached: ReadonlySet<string> | null = null;

/** All forms, at least two characters. */
export function placeNames(): ReadonlySet<string> {
  if (cached) return cached;
  const forms = new Set<string>();
  let places: ReturnType<typeof upperPlaces> = [];
  try {
    places = upperPlaces(loadGazetteer());
  } catch {
    // reference data missing: fall back to the page's own towns
  }
  for (const { name, rank } of places) {
    if (name === '市辖区' || name === '县' || name.length < 2) continue;
    forms.add(name);
    // Short forms (洛阳 for 洛阳市) only above county level: county short forms
    // collide with ordinary words (振兴区 → 振兴, as in 乡村振兴局).
    const short = name.replace(LEVEL_SUFFIX, '');
    if (rank < 3 && short.length >= 2) forms.add(short);
  }
  cached = forms;
  return cached;
}
