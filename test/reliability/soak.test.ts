import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { exampleQueries, renderSoak, runSoak, slope, type SoakReport } from '../../bench/soak.js';
import { startSeededApp } from '../api/seeded-app.js';

/**
 * The soak bench (bench/soak.ts, 5 minutes by `node dist/bench/soak.js`) in its short
 * form: 10 seconds of the example queries at a steady 20 requests/s against the seeded
 * API running in this process, every answer checked.
 */
describe('the soak bench, 10 seconds', () => {
  let app: App;
  let report: SoakReport;
  beforeAll(async () => {
    app = await startSeededApp();
    report = await runSoak({ url: app.api.url, durationSeconds: 10, referenceSeconds: 3, rate: 20, connections: 4 });
    process.stderr.write(`${renderSoak(report)}\n`);
  }, 180_000);
  afterAll(() => app?.stop());

  it('cycles through every read-only example query', () => {
    expect(report.queries).toEqual(exampleQueries().map((q) => q.name));
    expect(report.queries).toHaveLength(19);
    expect(report.queries).not.toContain('17-ingest-page.graphql');
    expect(report.queries).not.toContain('21-errors.graphql');
  });

  it('gets every answer right: no failed request, no non-2xx, no GraphQL error', () => {
    for (const phase of [report.reference, report.soak]) {
      expect({ errors: phase.errors, non2xx: phase.non2xx, graphqlErrors: phase.graphqlErrors }).toEqual({
        errors: 0,
        non2xx: 0,
        graphqlErrors: 0,
      });
      expect(phase.firstProblem).toBeNull();
    }
  });

  it('holds the rate and reports latencies and memory', () => {
    expect(report.soak.seconds).toBe(10);
    // Never more than the 20/s asked for: autocannon sends a second's share at the start and
    // at every whole second of the time the run really took (a loaded machine's timers fire
    // late), and the 4 connections' last requests finish after it. A busy CI machine may
    // serve fewer, which the 5-minute soak judges. (Quiet runs here gave 206 and 215.)
    expect(report.soak.requests).toBeGreaterThan(0);
    const ticks = Math.ceil(Math.max(10, report.soak.elapsedSeconds)) + 1;
    expect(report.soak.requests).toBeLessThanOrEqual(20 * ticks + 4);
    expect(report.soak.requestsPerSecond).toBe(Number((report.soak.requests / 10).toFixed(1)));
    const { p50, p95, p99, max } = report.soak.latencyMs;
    expect(0 < p50 && p50 <= p95 && p95 <= p99 && p99 <= max).toBe(true);
    expect(report.rss.samples).toBeGreaterThanOrEqual(10);
    expect(report.rss.startMb).toBeGreaterThan(50);
    expect(report.rss.maxMb).toBeGreaterThanOrEqual(report.rss.endMb);
    expect(renderSoak(report)).toContain('GraphQL errors 0');
  });

  it('judges memory growth by a least-squares slope', () => {
    expect(
      slope([
        { x: 0, y: 100 },
        { x: 1, y: 103 },
        { x: 2, y: 106 },
      ]),
    ).toBe(3);
    expect(
      slope([
        { x: 0, y: 100 },
        { x: 1, y: 110 },
        { x: 2, y: 100 },
        { x: 3, y: 110 },
      ]),
    ).toBeCloseTo(2, 10);
    expect(slope([{ x: 0, y: 5 }])).toBe(0);
  });
});
