import { describe, expect, it } from 'vitest';
import { checkItems, graphqlData } from '../../bench/operations.js';
import { latencyRatio, markdownTable, percentile, throughputRatio } from '../../bench/lib/stats.js';

describe('query bench helpers', () => {
  it('takes nearest-rank percentiles of sorted latencies', () => {
    const ms = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ms, 50)).toBe(5);
    expect(percentile(ms, 95)).toBe(10);
    expect(percentile(ms, 99)).toBe(10);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('states both ratios so that above 1 means ours is slower', () => {
    expect(latencyRatio(13, 10)).toBeCloseTo(1.3);
    expect(throughputRatio(100, 130)).toBeCloseTo(1.3);
    expect(latencyRatio(5, 0)).toBeNaN();
  });

  it('renders a markdown table with right-aligned columns', () => {
    expect(markdownTable(['op', 'p50'], [['path', '3.0']], [1])).toBe('| op | p50 |\n| --- | ---: |\n| path | 3.0 |');
  });

  it('finds empty, oversized and id-less answers', () => {
    expect(checkItems(['a', 'b'], 'towns', 1, 20)).toEqual([]);
    expect(checkItems([], 'towns', 1, 20)).toEqual(['towns: 0 items, expected at least 1']);
    expect(checkItems(['a', 'b', 'c'], 'hits', 1, 2)).toEqual(['hits: 3 items, expected at most 2']);
    expect(checkItems(['a', 'undefined'], 'nodes', 1, 5)).toEqual(['nodes: an item without id']);
  });

  it('reads GraphQL errors as failures, since autocannon counts them as 200s', () => {
    expect(() => graphqlData({ errors: [{ message: 'boom' }], data: null })).toThrow('GraphQL error: boom');
    expect(graphqlData({ data: { town: null } })).toEqual({ town: null });
  });
});
