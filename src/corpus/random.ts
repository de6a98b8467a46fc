/**
 * The corpus's only source of randomness: mulberry32, a 32-bit generator that is
 * small, fast and the same on every platform, so one seed always gives the same pages.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi] (both included). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * Picks with a Zipf-like skew (weight 1/(i+1)^s): the first items come back often,
   * the tail rarely, as a few cities and campaigns dominate a real paper.
   */
  skewed<T>(items: readonly T[], s = 1): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    let total = 0;
    for (let i = 0; i < items.length; i++) total += 1 / (i + 1) ** s;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= 1 / (i + 1) ** s;
      if (r < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** A child generator with its own stream, so adding draws in one part leaves the others alone. */
  fork(salt: number): Random {
    return new Random((Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  }
}
