import { describe, expect, it } from 'vitest';
import { parsePageDocument, type PageDocument } from '../../src/eval/document.js';
import { matchOneToOne, titleMatches } from '../../src/eval/match.js';
import { prf, scorePage, totalScore } from '../../src/eval/score.js';
import { formatReport } from '../../src/eval/report.js';

/** A page document built from the parts a test cares about. */
function doc(parts: Partial<Record<string, unknown>>): PageDocument {
  return parsePageDocument({ file: 'p.txt', ...parts }, 'p.txt');
}

describe('matching', () => {
  it('finds the maximum one-to-one matching, whatever the order', () => {
    // Greedy would pair "a" with gold 0 and leave gold 1 unmatched.
    const m = matchOneToOne(['a', 'b'], [['a', 'b'], ['a']], (p, g) => g.includes(p));
    expect(m.pairs).toHaveLength(2);
  });

  it('treats titles as equal or containing, white space removed', () => {
    expect(titleMatches('日前,梨树县融媒体中心举行', '日前,梨树县融媒体中心举行“建功十四五、喜迎二十大”篮球赛')).toBe(
      true,
    );
    expect(titleMatches('同台竞技强素质以赛促学提能力', '同台竞技强素质 以赛促学提能力')).toBe(true);
    expect(titleMatches('', '同台竞技强素质')).toBe(false);
  });
});

describe('entity scores', () => {
  const gold = doc({
    entities: {
      town: [
        { name: '双辽市', aliases: ['双辽'] },
        { name: '玻璃山镇' },
        { name: '郑家屯街道', aliases: ['郑家屯街'] },
      ],
    },
  });

  it('matches a name, an alias, and ignores OCR spaces', () => {
    const pred = doc({ entities: { town: [{ name: '双 辽' }, { name: '郑家屯街' }, { name: '梨树县' }] } });
    const c = scorePage(pred, gold).entities.town;
    expect([c.tp, c.predicted, c.gold]).toEqual([2, 3, 3]);
    expect(c.misses).toEqual(['玻璃山镇']);
    expect(c.falsePositives).toEqual(['梨树县']);
    expect(prf(c).f1).toBeCloseTo(2 / 3, 10);
  });

  it('matches each gold entity at most once: name and alias both predicted is one hit, one false positive', () => {
    const pred = doc({ entities: { town: [{ name: '双辽市' }, { name: '双辽' }] } });
    const c = scorePage(pred, gold).entities.town;
    expect([c.tp, c.predicted, c.gold]).toEqual([1, 2, 3]);
  });

  it('micro-averages over pages (sums counts first)', () => {
    const a = scorePage(doc({ entities: { town: [{ name: '双辽市' }] } }), gold); // 1/1 , 1/3
    const b = scorePage(doc({ entities: { unit: [{ name: 'x' }] } }), doc({ entities: { unit: [{ name: 'x' }] } }));
    const t = totalScore([a, b]);
    expect([t.allEntities.tp, t.allEntities.predicted, t.allEntities.gold]).toEqual([2, 2, 4]);
    expect(prf(t.allEntities)).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});

describe('relation scores', () => {
  const gold = doc({
    articles: [{ title: '警惕高息诱惑 远离非法集资', kind: 'news', reporters: [] }],
    entities: {
      unit: [{ name: '王奔镇司法所', aliases: ['司法所'] }],
      campaign: [{ name: '六进', aliases: ['“六进”普法宣传'] }],
      town: [{ name: '王奔镇' }],
    },
    relations: [
      { type: 'RUNS', from: '王奔镇司法所', to: '六进' },
      { type: 'HELD_IN', from: '六进', to: '王奔镇' },
      { type: 'WROTE', from: '肖宁', to: '警惕高息诱惑 远离非法集资' },
    ],
  });

  it('matches both ends through the gold entities’ aliases', () => {
    const pred = doc({ relations: [{ type: 'RUNS', from: '司法所', to: '“六进”普法宣传' }] });
    expect(scorePage(pred, gold).relations.RUNS.tp).toBe(1);
  });

  it('needs the same type and both ends', () => {
    const pred = doc({
      relations: [
        { type: 'HELD_IN', from: '王奔镇司法所', to: '王奔镇' },
        { type: 'RUNS', from: '王奔镇司法所', to: '王奔镇' },
      ],
    });
    const s = scorePage(pred, gold);
    expect([s.relations.HELD_IN.tp, s.relations.HELD_IN.predicted]).toEqual([0, 1]);
    expect([s.relations.RUNS.tp, s.relations.RUNS.predicted]).toEqual([0, 1]);
  });

  it('WROTE accepts a title that contains the gold title or is contained in it', () => {
    const pred = doc({ relations: [{ type: 'WROTE', from: '肖宁', to: '警惕高息诱惑远离非法集资双辽市玻璃山镇' }] });
    expect(scorePage(pred, gold).relations.WROTE.tp).toBe(1);
  });

  it('does not score relation types the gold never annotates', () => {
    const pred = doc({ relations: [{ type: 'MENTIONS', from: 'x', to: 'y' }] });
    const t = totalScore([scorePage(pred, gold)]);
    expect([t.allRelations.predicted, t.allRelations.gold]).toEqual([0, 3]);
  });

  it('counts a repeated prediction once', () => {
    const r = { type: 'HELD_IN', from: '六进', to: '王奔镇' };
    expect(scorePage(doc({ relations: [r, r] }), gold).relations.HELD_IN.predicted).toBe(1);
  });
});

describe('titles and page header', () => {
  it('skips gold titles that are null', () => {
    const gold = doc({
      articles: [
        { title: null, kind: 'photo', reporters: [] },
        { title: '唱响时代主旋律', kind: 'feature', reporters: [] },
      ],
    });
    const pred = doc({ articles: [{ title: '唱响时代主旋律', kind: 'feature', reporters: [] }] });
    const c = scorePage(pred, gold).titles;
    expect([c.tp, c.predicted, c.gold]).toEqual([1, 1, 1]);
  });

  it('scores scalar fields exactly, skipping those the gold leaves null, and name lists as sets', () => {
    const gold = doc({
      page: { paper: '四平日报', date: null, editors: ['辛宏', '常欣月'], proofreaders: ['刘铁铮'] },
    });
    const pred = doc({ page: { paper: '四平日报', date: '2023-06-20', editors: ['辛 宏'], proofreaders: ['刘铁'] } });
    const h = scorePage(pred, gold).header;
    expect([h.paper.tp, h.paper.gold]).toEqual([1, 1]);
    expect([h.date.predicted, h.date.gold]).toEqual([0, 0]);
    expect([h.editors.tp, h.editors.predicted, h.editors.gold]).toEqual([1, 1, 2]);
    expect([h.proofreaders.tp, h.proofreaders.falsePositives]).toEqual([0, ['刘铁']]);
  });
});

describe('plain report', () => {
  it('ends with the one-line summary', () => {
    const gold = doc({
      entities: { town: [{ name: '双辽市' }] },
      relations: [{ type: 'TOWN_IN', from: 'a', to: 'b' }],
    });
    const out = formatReport(totalScore([scorePage(gold, gold)]), false);
    expect(out.split('\n').at(-1)).toBe('entities F1 1.000 relations F1 1.000 events F1 1.000');
  });
});

describe('event scores ("events micro")', () => {
  const gold = doc({
    articles: [{ title: '唱响时代主旋律', kind: 'feature', reporters: [] }],
    entities: { town: [{ name: '辽源市' }], unit: [{ name: '辽源市委宣传部', aliases: ['市委宣传部'] }] },
    relations: [
      { type: 'EVENT_ON', from: '唱响时代主旋律', to: '2022-08-31' },
      { type: 'EVENT_ON', from: '唱响时代主旋律', to: '--09-18' },
      { type: 'EVENT_IN', from: '唱响时代主旋律', to: '辽源市' },
      { type: 'ORGANIZED', from: '辽源市委宣传部', to: '唱响时代主旋律' },
    ],
  });

  it('keys events on the title (containing either way), a date only by the same string, a unit by its forms', () => {
    const pred = doc({
      relations: [
        { type: 'EVENT_ON', from: '唱响时代主旋律——辽源市活动记事', to: '2022-08-31' },
        { type: 'EVENT_ON', from: '唱响时代主旋律', to: '2022-09-18' }, // the gold has no year for it
        { type: 'EVENT_IN', from: '唱响时代主旋律', to: '辽源市' },
        { type: 'ORGANIZED', from: '市委宣传部', to: '唱响时代主旋律' },
      ],
    });
    const s = totalScore([scorePage(pred, gold)]);
    expect([s.events.EVENT_ON.tp, s.events.EVENT_IN.tp, s.events.ORGANIZED.tp]).toEqual([1, 1, 1]);
    expect(s.allEvents).toMatchObject({ tp: 3, predicted: 4, gold: 4 });
  });

  it('keeps event relations out of the relation average', () => {
    const s = totalScore([scorePage(gold, gold)]);
    expect(s.allRelations).toMatchObject({ tp: 0, predicted: 0, gold: 0 });
    expect(s.allEvents).toMatchObject({ tp: 4, gold: 4 });
  });
});
