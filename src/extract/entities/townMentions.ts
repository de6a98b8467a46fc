/**
 * Where the page's towns are written inside one article body. Units borrow their
 * town from the nearest town written before them ("巩义市米河镇 … 辖区派出所"
 * is 米河镇's police station), so we need positions, levels and canonical names.
 */
import type { Entity, TownLevel } from '../types.js';

export interface TownMention {
  start: number;
  end: number;
  /** Canonical town name. */
  name: string;
  level: TownLevel | null;
}

/** Level from the name's suffix, for towns the gazetteer could not resolve. */
export function levelFromSuffix(name: string): TownLevel | null {
  if (/社区$/.test(name)) return 'community';
  if (/(街道|街)$/.test(name)) return 'subdistrict';
  if (/镇$/.test(name)) return 'town';
  if (/乡$/.test(name)) return 'township';
  if (/村$/.test(name)) return 'village';
  if (/屯$/.test(name)) return 'hamlet';
  if (/(县|旗)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  if (/(市|州|盟)$/.test(name)) return 'city';
  if (/省$/.test(name)) return 'province';
  return null;
}

/** The level from the gazetteer, else from the name's suffix (the grammar of place names). */
export function townLevel(town: Entity): TownLevel | null {
  return town.town?.level ?? levelFromSuffix(town.name);
}

/** Every written form of every town, longest first so 西大街街道 wins over 西大街. */
export function townForms(towns: readonly Entity[]): { form: string; town: Entity }[] {
  const forms: { form: string; town: Entity }[] = [];
  for (const town of towns) {
    for (const form of new Set([town.name, ...town.aliases])) {
      if (form.length >= 2) forms.push({ form, town });
    }
  }
  return forms.sort((a, b) => b.form.length - a.form.length);
}

/** Non-overlapping town mentions in `text`, in reading order. */
export function findTownMentions(text: string, towns: readonly Entity[]): TownMention[] {
  const taken = new Uint8Array(text.length);
  const found: TownMention[] = [];
  for (const { form, town } of townForms(towns)) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(form, from);
      if (start < 0) break;
      const end = start + form.length;
      from = start + 1;
      if (taken.subarray(start, end).some((v) => v === 1)) continue;
      taken.fill(1, start, end);
      found.push({ start, end, name: town.name, level: townLevel(town) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The last town of one of `levels` written before `pos`. */
export function nearestTownBefore(
  mentions: readonly TownMention[],
  pos: number,
  levels: readonly TownLevel[],
): TownMention | undefined {
  let best: TownMention | undefined;
  for (const m of mentions) {
    if (m.end > pos) break;
    if (m.level !== null && levels.includes(m.level)) best = m;
  }
  return best;
}
