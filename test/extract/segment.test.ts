import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizePage } from '../../src/extract/normalize.js';
import { segmentPage, segmentPageDetailed } from '../../src/extract/segment.js';
import type { Article, Credit } from '../../src/extract/types.js';
import { SEEDS_GOLD_DIR } from './fixtures/paths.js';

const SEEDS = [
  '000_9db501005d26fdbc',
  '001_19937433ced9cdea',
  '002_2575e84d6e1eb83a',
  '003_e4c7cc7442eff8db',
  '004_5c50730ce092d865',
];

interface GoldArticle {
  title: string;
  subtitle: string | null;
  kind: Article['kind'];
  reporters: Credit[];
}

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
const gold = (name: string): GoldArticle[] =>
  (JSON.parse(readFileSync(`${SEEDS_GOLD_DIR}${name}.json`, 'utf8')) as { articles: GoldArticle[] }).articles;
const ws = (s: string | null): string => (s ?? '').replace(/\s+/g, '');

/** The scorer's title rule: white space removed, equal or one containing the other. */
function sameTitle(a: string | null, b: string): boolean {
  const x = ws(a);
  const y = ws(b);
  return x.length > 0 && (x.includes(y) || y.includes(x));
}

/** Pairs each predicted article with the gold article of the same title (each gold used once). */
function align(predicted: readonly Article[], expected: readonly GoldArticle[]): Array<[Article, GoldArticle]> {
  const used = new Set<number>();
  const pairs: Array<[Article, GoldArticle]> = [];
  for (const a of predicted) {
    const i = expected.findIndex((g, j) => !used.has(j) && sameTitle(a.title, g.title));
    if (i < 0) continue;
    used.add(i);
    pairs.push([a, expected[i]!]);
  }
  return pairs;
}

describe('segmentPage on the seed pages', () => {
  it('finds the gold article titles with F1 ≥ 0.90 over all five pages', () => {
    let matched = 0;
    let predicted = 0;
    let expected = 0;
    for (const name of SEEDS) {
      const articles = segmentPage(normalizePage(seed(name)));
      matched += align(articles, gold(name)).length;
      predicted += articles.length;
      expected += gold(name).length;
    }
    const precision = matched / predicted;
    const recall = matched / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect({ matched, predicted, expected }).toEqual({ matched: 36, predicted: 36, expected: 36 });
  });

  it.each(SEEDS)('credits the same reporters, kinds and subtitles as the gold on %s', (name) => {
    for (const [a, g] of align(segmentPage(normalizePage(seed(name))), gold(name))) {
      expect({ title: g.title, kind: a.kind, subtitle: a.subtitle, reporters: a.reporters }).toEqual({
        title: g.title,
        kind: g.kind,
        subtitle: g.subtitle,
        reporters: g.reporters,
      });
    }
  });
});

describe('segmentPage', () => {
  it('gives a headline printed after its story to that story, by what it says', () => {
    const page = [
      '本报讯（通讯员 肖宁）为防范和打击非法集资活动，双辽市玻璃山镇在玻璃山村开展“警惕高息诱惑，远离非法集资”宣传活动。',
      '',
      '警惕高息诱惑',
      '远离非法集资',
      '',
      '双辽市玻璃山镇开展主题宣传活动',
      '',
      '本报讯（通讯员 李阳）为全面增强干部群众的法治意识，双辽市王奔镇开展“美好生活·民法典相伴”主题宣传普法活动。',
    ].join('\n');
    const [first, second] = segmentPage(normalizePage(page));
    expect(first).toMatchObject({
      kind: 'news',
      title: '警惕高息诱惑 远离非法集资',
      subtitle: '双辽市玻璃山镇开展主题宣传活动',
      byline: '本报讯（通讯员 肖宁）',
      reporters: [{ name: '肖宁', role: 'correspondent' }],
    });
    expect(first!.body.startsWith('为防范和打击非法集资活动')).toBe(true);
    // The second item has no headline: its lead sentence stands in for one.
    expect(second!.title).toBe('为全面增强干部群众的法治意识，双辽市王奔镇开展“美好生活·民法典相伴”主题宣传普法活动');
  });

  it('never glues a dateline to the headline above it, and drops a share button, a site line and a column label', () => {
    const page = [
      '分享按钮',
      '石桥镇开展冬季消防安全检查',
      '//qinghe.example.cn  2021-11-26 08:14:35',
      '',
      '  清河日报讯(通讯员王晓明)近日,清河县石桥镇组织消防、安监等部门,对辖区商铺、学校开展冬季消防安全检查,排查隐患12处。',
      '',
      '记者手记 一座新村的两百天',
      '',
      '本报见习记者李春红',
      '',
      '走进新村,一排排新房整齐排列,村民们正忙着在大棚里采摘蔬菜,脸上洋溢着笑容。',
      '',
      '关键词:新村 大棚',
      '',
      '网站声明',
      '',
      '新闻',
    ].join('\n');
    expect(segmentPage(normalizePage(page))).toMatchObject([
      { title: '石桥镇开展冬季消防安全检查', reporters: [{ name: '王晓明', role: 'correspondent' }] },
      { title: '一座新村的两百天', reporters: [{ name: '李春红', role: 'reporter' }] },
    ]);
  });

  it("credits the story with the credit closing a site's metadata line (日期 报名 版次 记者 …)", () => {
    const page = [
      '石桥镇开展冬季消防安全检查',
      '',
      '2025年03月04日  清河日报  版次:A10  记者 李春红 通讯员 王晓明',
      '',
      '近日,清河县石桥镇组织消防、安监等部门,对辖区商铺、学校开展冬季消防安全检查,排查隐患12处。',
    ].join('\n');
    expect(segmentPage(normalizePage(page))).toMatchObject([
      {
        title: '石桥镇开展冬季消防安全检查',
        reporters: [
          { name: '李春红', role: 'reporter' },
          { name: '王晓明', role: 'correspondent' },
        ],
      },
    ]);
  });

  it('reads a photo caption and its credit as a photo article titled by its first sentence', () => {
    const page =
      '日前,梨树县融媒体中心举行“建功十四五、喜迎二十大”篮球赛,8支代表队16场比赛。这是比赛现场。\n\n本报通讯员 王新月 摄';
    expect(segmentPage(normalizePage(page))).toMatchObject([
      {
        kind: 'photo',
        title: '日前,梨树县融媒体中心举行“建功十四五、喜迎二十大”篮球赛,8支代表队16场比赛',
        byline: '本报通讯员 王新月 摄',
        reporters: [
          { name: '王新月', role: 'correspondent' },
          { name: '王新月', role: 'photographer' },
        ],
      },
    ]);
  });

  it('keeps a feature section heading inside the feature body', () => {
    const page = [
      '凝聚红色力量 激发治理活力',
      '',
      '——双辽市退役军人事务局党建引领基层治理侧记',
      '',
      '本报通讯员 周维维',
      '',
      '年初以来,双辽市退役军人事务局以开展“基层建设年”为契机。',
      '',
      '精心打造党建品牌 让双拥更有生命力',
      '',
      '双辽市退役军人事务局始终坚持党建与业务工作深度融合。',
    ].join('\n');
    const articles = segmentPage(normalizePage(page));
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      kind: 'feature',
      title: '凝聚红色力量 激发治理活力',
      subtitle: '双辽市退役军人事务局党建引领基层治理侧记',
      reporters: [{ name: '周维维', role: 'correspondent' }],
    });
    expect(articles[0]!.body.split('\n')).toEqual([
      '年初以来,双辽市退役军人事务局以开展“基层建设年”为契机。',
      '精心打造党建品牌 让双拥更有生命力',
      '双辽市退役军人事务局始终坚持党建与业务工作深度融合。',
    ]);
  });

  it('places body offsets and spans on the right characters', () => {
    const n = normalizePage(seed('003_e4c7cc7442eff8db'));
    for (const a of segmentPage(n)) {
      expect(n.text.slice(a.bodyOffset, a.bodyOffset + a.body.length)).toBe(a.body);
      expect(a.span.start).toBeLessThan(a.span.end);
    }
    const { parts, articles } = segmentPageDetailed(n);
    const first = parts.filter((p) => p.article === 0).map((p) => [p.role, n.text.slice(p.start, p.end)]);
    expect(articles[0]!.title).toBe('管城区民政局 手拉手 结对共建促发展');
    expect(first).toEqual([
      ['byline', '本报讯'],
      ['byline', '记者 冉红政 通讯员 黄帅'],
      ['title', '管城区民政局'],
      ['title', '手拉手 结对共建促发展'],
    ]);
  });

  it('returns no articles and no error for an empty page', () => {
    expect(segmentPage(normalizePage(''))).toEqual([]);
  });
});

describe('segmentPage header argument', () => {
  it('accepts a plain PageHeader and still skips the masthead lines', () => {
    const n = normalizePage(seed('000_9db501005d26fdbc'));
    const titles = segmentPage(n, {
      paper: null,
      date: null,
      pageNo: null,
      section: null,
      editors: [],
      proofreaders: [],
    }).map((a) => a.title);
    expect(titles).toContain('同台竞技强素质 以赛促学提能力');
    expect(titles.some((t) => (t ?? '').includes('编辑'))).toBe(false);
  });
});
