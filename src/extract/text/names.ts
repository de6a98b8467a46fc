/**
 * Personal names as credits print them, repaired.
 *
 * Chinese personal names are two or three characters (four with a compound
 * surname). OCR both splits them (`王 伟`, `林晓\n芳`) and runs them together
 * (`张伟李娜`); surname knowledge tells the two apart.
 */
import { surnameLength, surnameRank } from './surnames.js';

/** Words that sit among names in credits but are not names. */
const NOT_A_NAME = /^(?:报道|整理|撰文|撰稿|供稿|提供|等|摄|文|图|讯|电|本报|通讯员|记者)$/;

/** Splits a run of names separated by spaces or 、 into repaired names. */
export function splitNames(chunk: string): string[] {
  const parts = chunk
    .split(/[\s、，,;；|｜/]+/)
    .map((t) => t.replace(/[^\u4e00-\u9fff·]/g, ''))
    .filter((t) => t.length > 0);
  // 文 is a credit word (`张三 文`) and a surname too: OCR's `文 海` is the name 文海.
  const surnameWen = (t: string, i: number): boolean =>
    t === '文' && (parts[i + 1]?.length ?? 0) === 1 && !NOT_A_NAME.test(parts[i + 1]!);
  const tokens = parts.filter((t, i) => !NOT_A_NAME.test(t) || surnameWen(t, i));
  const merged = mergeSingles(tokens);
  return merged.flatMap(splitRunTogether);
}

/** `王 伟` → 王伟; `林晓 芳` → 林晓芳; `刘 子涵` → 刘子涵. */
function mergeSingles(input: readonly string[]): string[] {
  const tokens = [...input];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.length !== 1) {
      out.push(t);
      continue;
    }
    let run = t;
    while (i + 1 < tokens.length && tokens[i + 1]!.length === 1) run += tokens[++i]!;
    if (run.length > 1) {
      out.push(run);
      continue;
    }
    const next = tokens[i + 1];
    const prev = out[out.length - 1];
    if (surnameRank(run) !== null && next !== undefined && next.length === 2) {
      out.push(run + next);
      i++;
      continue;
    }
    if (prev !== undefined && prev.length === 2) out[out.length - 1] = prev + run;
    else out.push(run);
  }
  return out;
}

/**
 * `张伟李娜` → [张伟, 李娜]; `陈嘉文王晓东` → [陈嘉文, 王晓东]. Each part must be 2–3
 * characters (4 with a compound surname) and start with a known surname; of the
 * ways to cut, the one whose parts start with the commoner surnames wins. A token
 * that cannot be cut that way is kept whole (it may be a long minority name).
 */
export function splitRunTogether(token: string): string[] {
  if (token.length <= 3 || token.includes('·')) return [token];
  if (token.length === 4 && surnameLength(token) === 2) return [token];
  const best = bestCut(token, new Map());
  return best ? best.parts : [token];
}

interface Cut {
  parts: string[];
  cost: number;
}

function bestCut(s: string, memo: Map<string, Cut | null>): Cut | null {
  if (s.length === 0) return { parts: [], cost: 0 };
  const known = memo.get(s);
  if (known !== undefined) return known;
  let best: Cut | null = null;
  const sl = surnameLength(s);
  if (sl > 0) {
    const rank = sl === 2 ? 50 : (surnameRank(s[0]!) ?? 500);
    for (const len of sl === 2 ? [3, 4] : [2, 3]) {
      if (len > s.length) continue;
      const rest = bestCut(s.slice(len), memo);
      if (!rest) continue;
      // Each extra part costs a little, so 陈嘉文王晓东 stays two names, not three.
      const cost = rank + 30 + rest.cost;
      if (!best || cost < best.cost) best = { parts: [s.slice(0, len), ...rest.parts], cost };
    }
  }
  memo.set(s, best);
  return best;
}
