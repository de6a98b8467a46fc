/**
 * Fast lookup of place names written at a given position, from the page's towns
 * (with their canonical names) and the official division data (without).
 */
import type { Entity } from '../types.js';
import { longestPlaceName, placeNames } from './placeNames.js';
import { townForms } from './townMentions.js';

export interface PlaceMatcher {
  /** Length of the longest place name ending at `end` in `text`, 0 if none. */
  endingAt(text: string, end: number): number;
  /** Length of the longest place name starting at `start` in `text`, 0 if none. */
  startingAt(text: string, start: number): number;
  /** Canonical town for a written form, when the form is one of the page's towns. */
  townOf(form: string): string | undefined;
}

let dataMaxLength: number | null = null;

/**
 * The page's forms in a small map, the reference forms in one set shared by every
 * page (copying its thousands of names per page was a tenth of the unit stage).
 */
export function placeMatcher(towns: readonly Entity[]): PlaceMatcher {
  const townByForm = new Map<string, string>();
  for (const { form, town } of townForms(towns)) if (!townByForm.has(form)) townByForm.set(form, town.name);
  const data = placeNames();
  dataMaxLength ??= longestPlaceName();
  let maxLen = Math.max(2, dataMaxLength);
  for (const f of townByForm.keys()) maxLen = Math.max(maxLen, f.length);
  const has = (form: string): boolean => townByForm.has(form) || data.has(form);
  return {
    endingAt(text, end) {
      for (let len = Math.min(maxLen, end); len >= 2; len--) if (has(text.slice(end - len, end))) return len;
      return 0;
    },
    startingAt(text, start) {
      for (let len = Math.min(maxLen, text.length - start); len >= 2; len--) {
        if (has(text.slice(start, start + len))) return len;
      }
      return 0;
    },
    townOf: (form) => townByForm.get(form),
  };
}
