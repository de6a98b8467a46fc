/**
 * Text without white space, and where each remaining character came from: OCR
 * leaves spaces and even line breaks inside names and headlines, so several stages
 * compare texts squashed.
 */

/** Whether a UTF-16 code unit is white space as JavaScript's `\s` defines it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export interface Squashed {
  text: string;
  /** Offset in the original text of each character of `text`. */
  at: Int32Array;
}

export function squash(text: string): Squashed {
  // One typed array sized for the worst case: squashing runs on every sentence with a
  // space in it, and growing a plain array one push at a time was much of its garbage.
  const at = new Int32Array(text.length);
  let kept = 0;
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) {
      at[kept++] = i;
      continue;
    }
    if (i > runStart) out += text.slice(runStart, i);
    runStart = i + 1;
  }
  if (text.length > runStart) out += text.slice(runStart);
  return { text: out, at: at.subarray(0, kept) };
}
