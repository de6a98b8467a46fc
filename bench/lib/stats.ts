/**
 * Pure helpers of the query bench: percentiles of recorded latencies, the ratios the
 * results table reports, and the table itself.
 */

/** The p-th percentile (0–100) of the values, nearest-rank; NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** How many times slower `ours` is than `other`, by latency: ours ÷ other (> 1 = ours slower). */
export function latencyRatio(ours: number, other: number): number {
  return other > 0 ? ours / other : NaN;
}

/** How many times slower `ours` is than `other`, by throughput: other req/s ÷ ours req/s (> 1 = ours slower). */
export function throughputRatio(oursRps: number, otherRps: number): number {
  return oursRps > 0 ? otherRps / oursRps : NaN;
}

export const fixed = (n: number | null | undefined, digits = 1): string =>
  n == null || Number.isNaN(n) ? '–' : n.toFixed(digits);

/** A markdown table: header row, alignment row, body. */
export function markdownTable(header: string[], rows: string[][], rightAligned: number[] = []): string {
  const align = header.map((_, i) => (rightAligned.includes(i) ? '---:' : '---'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
