/**
 * Which story does each headline belong to?
 *
 * Position alone cannot say: some pages print a headline above its story, some
 * below it, and a feature's headline can sit far from its text. What a headline
 * says can: its words come back in its own story (`警惕高息诱惑 远离非法集资`
 * heads the text about 非法集资). Each headline goes to the story sharing most of
 * its character pairs, with a small preference for the story right under it.
 */

export interface HeadlinePiece {
  piece: number;
  text: string;
  /** Has a —— subtitle or its own byline: a feature, whose text may be far away. */
  feature: boolean;
}

export interface BodyPiece {
  piece: number;
  text: string;
  hasLead: boolean;
  /** The lead names its own reporters (本报讯（通讯员 X）): it needs no byline from a headline. */
  creditedLead: boolean;
}

/** Returns body piece index → headline piece index. */
export function matchHeadlines(headlines: readonly HeadlinePiece[], bodies: readonly BodyPiece[]): Map<number, number> {
  const options: Array<{ h: number; b: number; score: number }> = [];
  for (const h of headlines) {
    const pairs = bigrams(h.text);
    if (pairs.size === 0) continue;
    for (const b of bodies) {
      if (h.feature && b.creditedLead) continue;
      const adjacentNext = b.piece === h.piece + 1;
      const adjacentPrev = b.piece === h.piece - 1;
      if (!adjacentNext && !adjacentPrev && !(h.feature && !b.hasLead)) continue;
      const overlap = shared(pairs, b.text) / pairs.size;
      if (!adjacentNext && overlap < 0.3) continue;
      const score = overlap + (adjacentNext ? 0.15 : adjacentPrev ? 0.05 : 0);
      options.push({ h: h.piece, b: b.piece, score });
    }
  }
  options.sort((x, y) => y.score - x.score);
  const owner = new Map<number, number>();
  const used = new Set<number>();
  for (const o of options) {
    if (owner.has(o.b) || used.has(o.h)) continue;
    owner.set(o.b, o.h);
    used.add(o.h);
  }
  adoptByLayout(headlines, bodies, owner, used);
  return owner;
}

/**
 * A headline that shares no words with any story (`筑牢反诈防线` over a story about
 * 反电诈) still heads one: the untitled story on the side where this page prints its
 * headlines. The headlines matched by their words tell which side that is; a page
 * that gives no sign is read the ordinary way, headline above story.
 */
function adoptByLayout(
  headlines: readonly HeadlinePiece[],
  bodies: readonly BodyPiece[],
  owner: Map<number, number>,
  used: Set<number>,
): void {
  let above = 0;
  let below = 0;
  for (const [b, h] of owner) {
    if (b === h + 1) above++;
    if (b === h - 1) below++;
  }
  const sides = below > above ? [-1, 1] : [1, -1];
  const untitled = new Map(bodies.filter((b) => !owner.has(b.piece)).map((b) => [b.piece, b]));
  for (const h of headlines) {
    if (used.has(h.piece)) continue;
    for (const side of sides) {
      const b = untitled.get(h.piece + side);
      // A story below a headline is always its own; one above needs a lead of its own
      // (else it is the end of a longer story broken by a picture or column).
      if (!b || (side === -1 && !b.hasLead)) continue;
      owner.set(b.piece, h.piece);
      used.add(h.piece);
      untitled.delete(b.piece);
      break;
    }
  }
}

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\u4e00-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han.slice(i, i + 2));
  return out;
}

function shared(pairs: ReadonlySet<string>, text: string): number {
  let n = 0;
  for (const p of pairs) if (text.includes(p)) n++;
  return n;
}
