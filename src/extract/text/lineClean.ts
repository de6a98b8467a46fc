/**
 * One printed line → the same line without OCR spacing, keeping an offset per
 * character back to the original text.
 */
import { REMOVED, foldCode, isAsciiAlnumCode, isCjkPunctCode, isCjkishCode, isHanCode } from './chars.js';

export interface CleanLine {
  text: string;
  /** Original offset of each UTF-16 code unit of `text`. */
  offs: Int32Array;
}

/** Spaces inside a lead byline's brackets separate names and must survive: 本报讯（通讯员 陈嘉文 王晓东）. */
const BYLINE_BRACKETS = /本报[^（(，。]{0,12}?[讯电]\s*[（(][^）)]{0,60}([）)]|$)/;

const SPACE = 0x20;

/**
 * A line is letter-spaced when OCR put a space between most neighbouring Han
 * characters (`为 防 范 和 打 击`; punctuation is often glued on either way). Only then are Han–Han spaces noise; elsewhere a
 * space between Chinese words is printed on purpose (`同台竞技强素质 以赛促学提能力`,
 * `通讯员 陈嘉文 王晓东`), so it stays.
 */
export function isLetterSpaced(text: string): boolean {
  let spaced = 0;
  let tight = 0;
  let prev = -1;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      gap = true;
      continue;
    }
    if (prev !== -1 && isHanCode(prev) && isHanCode(c)) {
      if (gap) spaced++;
      else tight++;
    }
    prev = c;
    gap = false;
  }
  return spaced >= 3 && spaced > tight;
}

/**
 * Original offsets of the folded line being cleaned. One buffer, reused line after line:
 * a page has a hundred lines, and a typed array of its own for each cost more than the work.
 */
let foldedOffs = new Int32Array(256);

/** The line with every character folded (see foldCode); the original offset of each is left in `foldedOffs`. */
function fold(line: string, start: number): string {
  if (foldedOffs.length < line.length) foldedOffs = new Int32Array(Math.max(line.length, 2 * foldedOffs.length));
  const offs = foldedOffs;
  let kept = 0;
  let text = '';
  let runStart = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const f = foldCode(c);
    if (f === c) {
      offs[kept++] = start + i;
      continue;
    }
    text += line.slice(runStart, i);
    if (f !== REMOVED) {
      text += String.fromCharCode(f);
      offs[kept++] = start + i;
    }
    runStart = i + 1;
  }
  return text + line.slice(runStart);
}

/**
 * Folds, trims and de-spaces one line whose first char sits at `start` in the original.
 * The offsets are written into `into`, which must hold `line.length` of them (a line
 * never grows), and the result's `offs` is the filled part of it.
 */
export function cleanLine(line: string, start: number, into: Int32Array): CleanLine {
  const chars = fold(line, start);
  const offs = foldedOffs;
  const letterSpaced = isLetterSpaced(chars);
  const m = BYLINE_BRACKETS.exec(chars);
  const keepFrom = m ? m.index : -1;
  const keepTo = m ? m.index + m[0].length : -1;

  const outOffs = into;
  let kept = 0;
  let out = '';
  let runStart = 0;
  let left = -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c !== SPACE) {
      outOffs[kept++] = offs[i]!;
      left = c;
      continue;
    }
    // Look at the run of spaces as a whole: keep at most one, decided by its neighbours.
    out += chars.slice(runStart, i);
    let j = i;
    while (j + 1 < chars.length && chars.charCodeAt(j + 1) === SPACE) j++;
    if (left !== -1 && j + 1 < chars.length) {
      const protectedRun = i >= keepFrom && i < keepTo;
      if (keepSpace(left, chars.charCodeAt(j + 1), letterSpaced, protectedRun)) {
        out += ' ';
        outOffs[kept++] = offs[i]!;
        left = SPACE;
      }
    }
    runStart = j + 1;
    i = j;
  }
  return { text: out + chars.slice(runStart), offs: outOffs.subarray(0, kept) };
}

const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

function keepSpace(left: number, right: number, letterSpaced: boolean, protectedRun: boolean): boolean {
  if (isAsciiAlnumCode(left) && isAsciiAlnumCode(right)) return true; // Latin words, numbers: "S I P ING", "5 8"
  if (protectedRun) return isHanCode(left) && isHanCode(right);
  // `“义”起行动 “洁”尽全力`: a headline's two halves, each opening with a quote.
  if ((left === CLOSE_QUOTE || isHanCode(left)) && right === OPEN_QUOTE) return !letterSpaced;
  if (isCjkPunctCode(left) || isCjkPunctCode(right)) return false; // `开 展“ 警 惕` — never meaningful
  if (isHanCode(left) && isHanCode(right)) return !letterSpaced;
  // Chinese next to digits/Latin/ASCII marks: Chinese typesetting needs no space (`资料 1700 余份`).
  if (isCjkishCode(left) || isCjkishCode(right)) return false;
  return true;
}
