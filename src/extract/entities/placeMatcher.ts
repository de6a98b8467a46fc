/**
 * Fast lookup of place names written at a given position, from the page's towns
 * (with their canonical names) and the official division data (without).
 */
import type { Entity } from '../types.js';
import { placeNames } from './placeNames.js';
import { townForms } from './townMentions.js';

export interface PlaceMatcher {
  /** Length of the longest place name ending at `end` in `text`, 0 if none. */
  endingAt(text: string, end: number): number;
  /** Length of the longest place name starting at `start` in `text`, 0 if none. */
  startingAt(text: string, start: number): number;
  /** Canonical town for a written form, when the form is one of the page's towns. */
  townOf(form: string): string | undefined;
}

interface FormSet {
  forms: ReadonlySet<string>;
  /**
   * The lengths of the forms that start (end) with each character, longest first: a
   * position is tried only at lengths some form has there, not at every length up to
   * the longest name in the country.
   */
  lengthsByFirst: ReadonlyMap<number, readonly number[]>;
  lengthsByLast: ReadonlyMap<number, readonly number[]>;
}

function addLength(index: Map<number, number[]>, c: number, length: number): void {
  const lengths = index.get(c);
  if (lengths === undefined) index.set(c, [length]);
  else if (!lengths.includes(length)) lengths.push(length);
}

function formSet(forms: ReadonlySet<string>): FormSet {
  const lengthsByFirst = new Map<number, number[]>();
  const lengthsByLast = new Map<number, number[]>();
  for (const f of forms) {
    if (f.length < 2) continue;
    addLength(lengthsByFirst, f.charCodeAt(0), f.length);
    addLength(lengthsByLast, f.charCodeAt(f.length - 1), f.length);
  }
  for (const lengths of [...lengthsByFirst.values(), ...lengthsByLast.values()]) lengths.sort((x, y) => y - x);
  return { forms, lengthsByFirst, lengthsByLast };
}

/** The longest form of `set` ending at `end` in `text` (0 if none). */
function longestEndingAt(set: FormSet, text: string, end: number): number {
  for (const len of set.lengthsByLast.get(text.charCodeAt(end - 1)) ?? []) {
    if (len <= end && set.forms.has(text.slice(end - len, end))) return len;
  }
  return 0;
}

/** The longest form of `set` starting at `start` in `text` (0 if none). */
function longestStartingAt(set: FormSet, text: string, start: number): number {
  for (const len of set.lengthsByFirst.get(text.charCodeAt(start)) ?? []) {
    if (start + len <= text.length && set.forms.has(text.slice(start, start + len))) return len;
  }
  return 0;
}

let reference: FormSet | null = null;

/**
 * The page's forms in a small set, the reference forms in one set shared by every
 * page (copying its thousands of names per page was a tenth of the unit stage).
 */
export function placeMatcher(towns: readonly Entity[]): PlaceMatcher {
  const townByForm = new Map<string, string>();
  for (const { form, town } of townForms(towns)) if (!townByForm.has(form)) townByForm.set(form, town.name);
  reference ??= formSet(placeNames());
  const official = reference;
  const page = formSet(new Set(townByForm.keys()));
  return {
    endingAt: (text, end) => Math.max(longestEndingAt(official, text, end), longestEndingAt(page, text, end)),
    startingAt: (text, start) =>
      Math.max(longestStartingAt(official, text, start), longestStartingAt(page, text, start)),
    townOf: (form) => townByForm.get(form),
  };
}
