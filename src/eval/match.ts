/**
 * One-to-one matching of predictions to gold items, the core of every score.
 *
 * The guidelines say each gold item matches at most once; we also let each
 * prediction match at most once, and take a *maximum* matching (augmenting paths)
 * rather than a greedy one, so the score never depends on output order.
 */

/** White space removed: OCR spaces carry no meaning (GUIDELINES "Scoring"). */
export function squash(s: string): string {
  return s.replace(/\s+/gu, '');
}

export interface Matching<P, G> {
  pairs: { predicted: P; gold: G }[];
  /** Predictions that matched nothing (false positives). */
  unmatchedPredicted: P[];
  /** Gold items nothing matched (misses). */
  unmatchedGold: G[];
}

export function matchOneToOne<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  matches: (p: P, g: G) => boolean,
): Matching<P, G> {
  const edges = predicted.map((p) => gold.flatMap((g, gi) => (matches(p, g) ? [gi] : [])));
  const goldOwner: (number | undefined)[] = new Array(gold.length).fill(undefined);

  const augment = (pi: number, seen: boolean[]): boolean => {
    for (const gi of edges[pi] ?? []) {
      if (seen[gi]) continue;
      seen[gi] = true;
      const owner = goldOwner[gi];
      if (owner === undefined || augment(owner, seen)) {
        goldOwner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  predicted.forEach((_, pi) => augment(pi, new Array<boolean>(gold.length).fill(false)));

  const matchedPredicted = new Set<number>();
  const pairs: { predicted: P; gold: G }[] = [];
  goldOwner.forEach((pi, gi) => {
    if (pi === undefined) return;
    matchedPredicted.add(pi);
    pairs.push({ predicted: predicted[pi] as P, gold: gold[gi] as G });
  });
  return {
    pairs,
    unmatchedPredicted: predicted.filter((_, pi) => !matchedPredicted.has(pi)),
    unmatchedGold: gold.filter((_, gi) => goldOwner[gi] === undefined),
  };
}

/** A predicted name matches a gold item when, squashed, it equals the gold name or an alias. */
export function nameMatches(predicted: string, gold: { name: string; aliases?: string[] }): boolean {
  const p = squash(predicted);
  return p === squash(gold.name) || (gold.aliases ?? []).some((a) => squash(a) === p);
}

/**
 * Titles match when, squashed, one equals or contains the other (GUIDELINES, WROTE):
 * segmenters legitimately differ on where a photo caption's first clause ends.
 */
export function titleMatches(predicted: string, gold: string): boolean {
  const p = squash(predicted);
  const g = squash(gold);
  if (p.length === 0 || g.length === 0) return false;
  return p.includes(g) || g.includes(p);
}
