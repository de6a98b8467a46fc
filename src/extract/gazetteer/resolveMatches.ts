import type { Division } from './gazetteer.js';
import { PageContext, resolve } from './resolve.js';

/**
 * Resolves all the place names of one page together. Two kinds of evidence:
 * a written chain (鼓楼区相国寺街: the 相国寺街道 under a 鼓楼区, and that 鼓楼区 over a
 * 相国寺街道), then the page's other places, settled first for the least ambiguous.
 */

export interface ChainLink {
  parent: number;
  child: number;
}

function isUnder(child: Division, parent: Division): boolean {
  return child.code.length > parent.code.length && child.code.startsWith(parent.code);
}

/** Keeps, on both ends of each written chain, the candidates the other end allows. */
function narrowByChains(candidates: Division[][], links: readonly ChainLink[]): boolean[] {
  const narrowed = candidates.map(() => false);
  for (let round = 0; round < 2; round++) {
    for (const { parent, child } of links) {
      const ps = candidates[parent]!;
      const cs = candidates[child]!;
      const keptChildren = cs.filter((c) => ps.some((p) => isUnder(c, p)));
      if (keptChildren.length === 0) continue;
      const keptParents = ps.filter((p) => keptChildren.some((c) => isUnder(c, p)));
      if (keptChildren.length < cs.length) narrowed[child] = true;
      if (keptParents.length < ps.length) narrowed[parent] = true;
      candidates[child] = keptChildren;
      candidates[parent] = keptParents;
      if (keptChildren.length === 1) narrowed[child] = true;
      if (keptParents.length === 1) narrowed[parent] = true;
    }
  }
  return narrowed;
}

/**
 * One division (or null) per name. `priorCodes` are places known before reading
 * the text, such as the city in the paper's name. A `weak` name (a bare short form)
 * vouches only for a county or city written in full (开封 + 鼓楼区: 开封's 鼓楼区),
 * never for a village or another short form: two chance hits (振兴 in 乡村振兴 and
 * a 书香社区 in 振兴区) must not confirm each other.
 */
export function resolveJointly(
  candidateLists: readonly Division[][],
  links: readonly ChainLink[],
  priorCodes: readonly string[],
  weak: readonly boolean[] = [],
): (Division | null)[] {
  const candidates = candidateLists.map((c) => [...c]);
  const narrowed = narrowByChains(candidates, links);
  const resolved: (Division | null)[] = candidates.map((c, i) => {
    if (c.length !== 1) return null;
    // Unique in the country and at county level or above, or pinned by a written chain.
    return narrowed[i] || (c[0]!.rank <= 3 && !weak[i]) ? c[0]! : null;
  });
  // Narrowing only filters a list: one of unchanged length is the shared list, whose rank is memoised.
  const ranks = candidates.map((c, i) =>
    c.length === candidateLists[i]!.length ? minRank(candidateLists[i]!) : lowestRank(c),
  );
  const order = candidates.map((_, i) => i).sort((a, b) => ranks[a]! - ranks[b]!);
  // The context is a handful of distinct codes however long the page: keep it as sets.
  const strong = new PageContext(priorCodes);
  const all = new PageContext(priorCodes);
  const note = (d: Division, i: number): void => {
    all.add(d.code);
    if (!weak[i]) strong.add(d.code);
  };
  resolved.forEach((d, i) => d && note(d, i));
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    const memo = new Map<string, Division | null>();
    for (const i of order) {
      if (resolved[i] || candidates[i]!.length === 0) continue;
      const vouchedByShort = !weak[i] && ranks[i]! <= 3;
      const cs = candidates[i]!;
      // Same candidates, same answer: key on the list's length and ends, not all its codes.
      const key = `${vouchedByShort ? '+' : ''}${cs.length}:${cs[0]!.code}:${cs[cs.length - 1]!.code}`;
      let d = memo.get(key);
      if (d === undefined) {
        d = resolve(cs, vouchedByShort ? all : strong);
        memo.set(key, d);
      }
      if (d) {
        resolved[i] = d;
        note(d, i);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // The text says the child lies in the parent; a namesake elsewhere is no match
  // (孤家子镇大泉眼村 is not the 大泉眼村 of 白山乡), so the child stays as written.
  for (const { parent, child } of links) {
    const p = resolved[parent];
    const c = resolved[child];
    if (p && c && !isUnder(c, p)) resolved[child] = null;
  }
  return resolved;
}

const minRanks = new WeakMap<readonly Division[], number>();

/** Highest level (lowest rank) among some divisions, 9 for none; memoised, as lists are shared read-only. */
export function minRank(ds: readonly Division[]): number {
  let rank = minRanks.get(ds);
  if (rank === undefined) {
    rank = lowestRank(ds);
    minRanks.set(ds, rank);
  }
  return rank;
}

function lowestRank(ds: readonly Division[]): number {
  let rank = 9;
  for (const d of ds) if (d.rank < rank) rank = d.rank;
  return rank;
}
