import type { Division } from './gazetteer.js';

/**
 * Disambiguation by context: 鼓楼区 is in 开封 and in 南京, and there are dozens of
 * 新兴街道. The other places on the page say which one is meant.
 */

const LEVEL_CODE_LENGTHS = [12, 9, 6, 4, 2];

/**
 * How closely two codes are related, in code digits at a level boundary: an ancestor
 * counts in full (开封市 4102 fits 鼓楼区 410204 by 4), siblings by their shared parent.
 */
export function affinity(a: string, b: string): number {
  // Codes of two provinces share nothing: the common case, decided by two digits.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || a.charCodeAt(1) !== b.charCodeAt(1)) return 0;
  if (b.startsWith(a)) return a.length;
  if (a.startsWith(b)) return b.length;
  for (const len of LEVEL_CODE_LENGTHS) if (len < Math.min(a.length, b.length) && samePrefix(a, b, len)) return len;
  return 0;
}

/** Whether the first `len` digits of two codes agree (without slicing either). */
function samePrefix(a: string, b: string, len: number): boolean {
  for (let i = 0; i < len; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * The page's resolved places as the set of every code prefix at a level boundary,
 * so a candidate's best affinity takes five set lookups however many places the
 * page names.
 */
export class PageContext {
  private readonly prefixes = new Set<string>();
  size = 0;

  constructor(codes: Iterable<string> = []) {
    for (const c of codes) this.add(c);
  }

  add(code: string): void {
    if (this.prefixes.has(code)) return;
    this.size++;
    for (const len of LEVEL_CODE_LENGTHS) if (len <= code.length) this.prefixes.add(code.slice(0, len));
  }

  /** Same as the best affinity() with any code added (0 with none). */
  affinityOf(code: string): number {
    if (this.prefixes.has(code)) return code.length;
    for (const len of LEVEL_CODE_LENGTHS) if (len < code.length && this.prefixes.has(code.slice(0, len))) return len;
    return 0;
  }
}

/**
 * The distinct codes a page's names resolved to, asked how well one of those places is
 * supported by the others: the best affinity() with any other of the codes, in at most five lookups,
 * where a page's names would each compare with every other.
 */
export class SupportContext {
  private readonly codes: ReadonlySet<string>;
  /** How many of the codes have each prefix at a level boundary (a code counts for its own). */
  private readonly prefixCounts = new Map<string, number>();

  constructor(codes: Iterable<string>) {
    this.codes = new Set(codes);
    for (const code of this.codes) {
      for (const len of LEVEL_CODE_LENGTHS) {
        if (len > code.length) continue;
        const prefix = code.slice(0, len);
        this.prefixCounts.set(prefix, (this.prefixCounts.get(prefix) ?? 0) + 1);
      }
    }
  }

  get size(): number {
    return this.codes.size;
  }

  has(code: string): boolean {
    return this.codes.has(code);
  }

  /** Best affinity of `code` with any of the codes other than itself (0 with none). */
  supportFor(code: string): number {
    const itself = this.codes.has(code) ? 1 : 0;
    for (const len of LEVEL_CODE_LENGTHS) {
      if (len <= code.length && (this.prefixCounts.get(code.slice(0, len)) ?? 0) > itself) return len;
    }
    return 0;
  }
}

/** Same prefecture city or closer: enough to trust a match. */
export const SAME_CITY = 4;
/** Same county or closer. */
export const SAME_COUNTY = 6;

/**
 * The candidate the context supports, or null. A wrong code is worse than none, so:
 * the best candidate must be unique and share at least the prefecture city with the
 * context (a village: the county); without any context only a name unique in the whole country resolves; a
 * unique county or higher also resolves when the context is elsewhere (a city paper
 * may write about the provincial capital), a unique town or village does not
 * (管城区's 南曹乡 is not 尉氏县's 南曹乡).
 */
export function resolve(
  candidates: readonly Division[],
  contextCodes: readonly string[] | PageContext,
): Division | null {
  if (candidates.length === 0) return null;
  const context = contextCodes instanceof PageContext ? contextCodes : new PageContext(contextCodes);
  // A name may have hundreds of namesakes (光明社区): one pass, nothing allocated per candidate.
  let best = -1;
  let top: Division | null = null;
  let tied = 0;
  for (const d of candidates) {
    const score = context.affinityOf(d.code);
    if (score > best) {
      best = score;
      top = d;
      tied = 1;
    } else if (score === best) tied++;
  }
  if (best >= SAME_CITY) {
    if (tied !== 1) return null;
    const d = top!;
    // Village names repeat within a city (幸福社区, 团结村): only the same county vouches.
    return d.rank < 5 || best >= SAME_COUNTY ? d : null;
  }
  if (candidates.length !== 1) return null;
  const only = candidates[0]!;
  if (context.size === 0 || only.rank <= 3) return only;
  return null;
}
