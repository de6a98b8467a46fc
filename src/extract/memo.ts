/**
 * The two caches extraction keeps, in one place so each stage does not grow its own:
 * - `boundedMemo`: answers by text, for texts that recur across pages (a byline, a
 *   reading site's line, a candidate name); cleared when full, so a long run of pages
 *   cannot grow it without bound;
 * - `memoPerList`: answers by text for one entity list, for the many questions a page's
 *   stages ask about the same sentences; it goes with the list (a WeakMap key).
 */
import type { Entity } from './types.js';

export function boundedMemo<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = compute(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, value);
    }
    return value;
  };
}

export function memoPerList<T>(
  compute: (text: string, list: readonly Entity[]) => T,
): (text: string, list: readonly Entity[]) => T {
  const byList = new WeakMap<readonly Entity[], Map<string, T>>();
  return (text, list) => {
    let byText = byList.get(list);
    if (byText === undefined) byList.set(list, (byText = new Map()));
    let value = byText.get(text);
    if (value === undefined) byText.set(text, (value = compute(text, list)));
    return value;
  };
}
