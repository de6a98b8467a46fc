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
  maxLength: number;
  /** First and last characters of the forms (char codes): a position no form can start or end at costs one lookup. */
  firsts: ReadonlySet<number>;
  lasts: ReadonlySet<number>;
}

function formSet(forms: ReadonlySet<string>): FormSet {
  let maxLength = 0;
  const firsts = new Set<number>();
  const lasts = new Set<number>();
  for (const f of forms) {
    maxLength = Math.max(maxLength, f.length);
    firsts.add(f.charCodeAt(0));
    lasts.add(f.charCodeAt(f.length - 1));
  }
  return { forms, maxLength, firsts, lasts };
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
  const sets = [reference, formSet(new Set(townByForm.keys()))];
  const maxLen = Math.max(2, ...sets.map((s) => s.maxLength));
  const has = (form: string): boolean => sets.some((s) => s.forms.has(form));
  return {
    endingAt(text, end) {
      const last = text.charCodeAt(end - 1);
      if (!sets.some((s) => s.lasts.has(last))) return 0;
      for (let len = Math.min(maxLen, end); len >= 2; len--) if (has(text.slice(end - len, end))) return len;
      return 0;
    },
    startingAt(text, start) {
      const first = text.charCodeAt(start);
      if (!sets.some((s) => s.firsts.has(first))) return 0;
      for (let len = Math.min(maxLen, text.length - start); len >= 2; len--) {
        if (has(text.slice(start, start + len))) return len;
      }
      return 0;
    },
    townOf: (form) => townByForm.get(form),
  };
}
