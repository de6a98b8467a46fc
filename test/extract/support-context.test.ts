import { describe, expect, it } from 'vitest';
import { affinity, PageContext, SupportContext } from '../../src/extract/gazetteer/index.js';

/** Codes at every level, in two provinces, with siblings and a parent-child chain. */
const CODES = [
  '41',
  '4101',
  '4102',
  '410102',
  '410105',
  '410202',
  '410102001',
  '410102002',
  '410102001001',
  '32',
  '3201',
];

const bestOther = (code: string, codes: readonly string[]): number =>
  Math.max(0, ...codes.filter((c) => c !== code).map((c) => affinity(code, c)));

describe('affinity between division codes', () => {
  it('counts an ancestor in full, siblings by their shared parent, other provinces not at all', () => {
    expect(affinity('410102', '4101')).toBe(4);
    expect(affinity('4101', '410102001')).toBe(4);
    expect(affinity('410102', '410105')).toBe(4);
    expect(affinity('410102001', '410102002')).toBe(6);
    expect(affinity('4101', '3201')).toBe(0);
  });
});

describe('SupportContext', () => {
  it("gives each of a page's places its best affinity with the other places, never with itself", () => {
    for (let size = 0; size <= CODES.length; size++) {
      const page = CODES.slice(0, size);
      const context = new SupportContext(page);
      for (const code of CODES)
        expect([code, size, context.supportFor(code)]).toEqual([code, size, bestOther(code, page)]);
    }
  });

  it('counts a code written twice once', () => {
    const context = new SupportContext(['410102', '410102']);
    expect(context.size).toBe(1);
    expect(context.supportFor('410102')).toBe(0);
    expect(context.has('410102')).toBe(true);
  });
});

describe('PageContext', () => {
  it('gives a candidate its best affinity with any place of the page', () => {
    const page = ['4101', '410202001'];
    const context = new PageContext(page);
    for (const code of CODES)
      expect([code, context.affinityOf(code)]).toEqual([code, Math.max(0, ...page.map((c) => affinity(code, c)))]);
  });
});
