import { describe, expect, it } from 'vitest';
import { batchRows, joinEvidence } from '../../src/graph/batch-rows.js';
import type { AggregateRow, PageRows } from '../../src/graph/rows.js';

function evidence(from: string, to: string, page: string, article: string, start: number): AggregateRow {
  return { from, to, pages: [page], articles: [article], starts: [start], ends: [start + 3] };
}

function pageOf(key: string, parts: Partial<PageRows>): PageRows {
  const empty = {
    towns: [],
    units: [],
    campaigns: [],
    reporters: [],
    persons: [],
    articles: [],
    wrote: [],
    events: [],
    eventHeldIn: [],
    organized: [],
    eventPartOf: [],
    mentions: [],
    townPartOf: [],
    basedIn: [],
    runs: [],
    campaignHeldIn: [],
    warnings: [],
  };
  const page = {
    key,
    id: key,
    file: `${key}.txt`,
    sha256: key,
    paper: null,
    date: null,
    pageNo: null,
    section: null,
    editors: [],
    proofreaders: [],
    entityKeys: [],
  };
  return { ...empty, page, ...parts } as PageRows;
}

describe('a batch of pages written in one transaction', () => {
  it('joins the evidence two pages give for one pair into one row, in page order', () => {
    const joined = joinEvidence([
      evidence('town:1', 'town:0', 'page:a', 'article:a1', 10),
      evidence('town:2', 'town:0', 'page:a', 'article:a1', 20),
      evidence('town:1', 'town:0', 'page:b', 'article:b1', 30),
    ]);
    expect(joined).toEqual([
      {
        from: 'town:1',
        to: 'town:0',
        pages: ['page:a', 'page:b'],
        articles: ['article:a1', 'article:b1'],
        starts: [10, 30],
        ends: [13, 33],
      },
      evidence('town:2', 'town:0', 'page:a', 'article:a1', 20),
    ]);
  });

  it('never changes the rows it was given', () => {
    const row = evidence('town:1', 'town:0', 'page:a', 'article:a1', 10);
    joinEvidence([row, evidence('town:1', 'town:0', 'page:b', 'article:b1', 30)]);
    expect(row.pages).toEqual(['page:a']);
  });

  it('makes one row of a unit two pages name, with the longest name and every other form', () => {
    const batch = batchRows([
      pageOf('page:a', { units: [{ key: 'unit:x', name: '县民政局', aliases: ['民政局'] }] }),
      pageOf('page:b', { units: [{ key: 'unit:x', name: '某县民政局', aliases: [] }] }),
      pageOf('page:c', { units: [{ key: 'unit:x', name: '县民政局', aliases: [] }] }),
    ]);
    expect(batch.units).toEqual([{ key: 'unit:x', name: '某县民政局', aliases: ['民政局', '县民政局'] }]);
    expect(batch.pages.map((p) => p.key)).toEqual(['page:a', 'page:b', 'page:c']);
  });

  it('keeps the first name of a town and its first known code', () => {
    const town = (name: string, code: string | null) => ({ key: 'town:x', name, aliases: [], code, level: null });
    const batch = batchRows([
      pageOf('page:a', { towns: [town('双辽市', null)] }),
      pageOf('page:b', { towns: [town('双辽', '220382')] }),
    ]);
    expect(batch.towns).toEqual([{ key: 'town:x', name: '双辽市', aliases: ['双辽'], code: '220382', level: null }]);
  });

  it('keeps every article-level row of every page', () => {
    const wrote = { reporter: 'reporter:r', article: 'article:a1', role: 'reporter', start: 0, end: 2 };
    const batch = batchRows([pageOf('page:a', { wrote: [wrote] }), pageOf('page:b', { wrote: [wrote] })]);
    expect(batch.wrote).toEqual([wrote, wrote]);
  });
});
