/**
 * One printed line → the same line without OCR spacing, keeping an offset per
 * character back to the original text.
 */
import { foldChar, isAsciiAlnum, isCjkPunct, isCjkish, isHan } from './chars.js';

export interface CleanLine {
  chars: string[];
  /** Original offset of each char in `chars`. */
  offs: number[];
}

/** Spaces inside a lead byline's brackets separate names and must survive: 本报讯（通讯员 于嘉宇 林天骥）. */
const BYLINE_BRACKETS = /本报[^（(，。]{0,12}?[讯电]\s*[（(][^）)]{0,60}([）)]|$)/;

/**
 * A line is letter-spaced when OCR put a space between most neighbouring Han
 * characters (`为 防 范 和 打 击`; punctuation is often glued on either way). Only then are Han–Han spaces noise; elsewhere a
 * space between Chinese words is printed on purpose (`同台竞技强素质 以赛促学提能力`,
 * `通讯员 于嘉宇 林天骥`), so it stays.
 */
export function isLetterSpaced(chars: readonly string[]): boolean {
  let spaced = 0;
  let tight = 0;
  let prev: string | null = null;
  let gap = false;
  for (const ch of chars) {
    if (ch === ' ') {
      gap = true;
      continue;
    }
    if (prev !== null && isHan(prev) && isHan(ch)) {
      if (gap) spaced++;
      else tight++;
    }
    prev = ch;
    gap = false;
  }
  return spaced >= 3 && spaced > tight;
}

/** Folds, trims and de-spaces one line whose first char sits at `start` in the original. */
export function cleanLine(line: string, start: number): CleanLine {
  const chars: string[] = [];
  const offs: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const f = foldChar(line[i]!);
    if (f === '') continue;
    chars.push(f);
    offs.push(start + i);
  }
  const letterSpaced = isLetterSpaced(chars);
  const joined = chars.join('');
  const m = BYLINE_BRACKETS.exec(joined);
  const keepFrom = m ? m.index : -1;
  const keepTo = m ? m.index + m[0].length : -1;

  const out: CleanLine = { chars: [], offs: [] };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch !== ' ') {
      out.chars.push(ch);
      out.offs.push(offs[i]!);
      continue;
    }
    // Look at the run of spaces as a whole: keep at most one, decided by its neighbours.
    let j = i;
    while (j + 1 < chars.length && chars[j + 1] === ' ') j++;
    const left = out.chars[out.chars.length - 1];
    const right = chars[j + 1];
    if (left !== undefined && right !== undefined) {
      const protectedRun = i >= keepFrom && i < keepTo;
      if (keepSpace(left, right, letterSpaced, protectedRun)) {
        out.chars.push(' ');
        out.offs.push(offs[i]!);
      }
    }
    i = j;
  }
  return out;
}

function keepSpace(left: string, right: string, letterSpaced: boolean, protectedRun: boolean): boolean {
  if (isAsciiAlnum(left) && isAsciiAlnum(right)) return true; // Latin words, numbers: "S I P ING", "5 8"
  if (protectedRun) return isHan(left) && isHan(right);
  if (isCjkPunct(left) || isCjkPunct(right)) return false; // `开 展“ 警 惕` — never meaningful
  if (isHan(left) && isHan(right)) return !letterSpaced;
  // Chinese next to digits/Latin/ASCII marks: Chinese typesetting needs no space (`资料 1700 余份`).
  if (isCjkish(left) || isCjkish(right)) return false;
  return true;
}
