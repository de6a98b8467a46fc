import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity, PageExtraction, TownResolution } from '../../src/extract/types.js';
import { expandInputs, globToRegExp } from '../../src/graph/files.js';
import {
  campaignKey,
  canonicalCampaignName,
  canonicalUnitName,
  compact,
  normalisedPageText,
  shorthandPrefix,
  townKey,
} from '../../src/graph/keys.js';
import { pageRows } from '../../src/graph/rows.js';

describe('keys', () => {
  it('remove OCR spaces and fold full-width letters', () => {
    expect(compact('双 辽 市　财政局')).toBe('双辽市财政局');
    expect(compact('ＰＰＴ')).toBe('PPT');
  });

  it('give a campaign one key however its separators are printed', () => {
    expect(campaignKey('警惕高息诱惑，远离非法集资')).toBe(campaignKey('警惕高息诱惑 远离非法集资'));
    expect(campaignKey('“微心愿”')).toBe(campaignKey('微心愿'));
    expect(canonicalCampaignName('巾帼心向党·喜迎二十大')).toBe('巾帼心向党喜迎二十大');
    // `+` is part of the name: 1+4+N is not 14N.
    expect(canonicalCampaignName('1+4+N')).toBe('1+4+n');
  });

  it('spell a subdistrict in full inside a unit name only when the page knows both forms', () => {
    const towns = [{ name: '郑家屯街道', aliases: ['郑家屯街'] }];
    expect(canonicalUnitName('郑家屯街社工站', towns)).toBe('郑家屯街道社工站');
    expect(canonicalUnitName('郑家屯街道社工站', towns)).toBe('郑家屯街道社工站');
    // 南关街街道 is the town: no blind 街 → 街道 rewrite.
    expect(canonicalUnitName('南关街街道党工委', [{ name: '南关街街道', aliases: [] }])).toBe('南关街街道党工委');
    expect(canonicalUnitName('南关街党工委')).toBe('南关街党工委');
  });

  it('key towns by official code, else by name under their parent chain', () => {
    expect(townKey('双辽市', '220382')).toBe('town:220382');
    expect(townKey('南曹乡', null, [{ name: '管城回族区', code: '410104', level: 'district' }])).toBe(
      'town:410104/南曹乡',
    );
    expect(townKey('某屯', null, [{ name: '某村', code: null, level: 'village' }])).toBe('town:某村/某屯');
    expect(townKey('某乡', null)).toBe('town:某乡');
  });

  it('recognise a bare level prefix, not words that start with the same character', () => {
    expect(shorthandPrefix('市人社局')).toBe('市');
    expect(shorthandPrefix('区委组织部')).toBe('区');
    expect(shorthandPrefix('市民政局')).toBe('市');
    expect(shorthandPrefix('市场监管局')).toBeNull();
    expect(shorthandPrefix('辽源市人社局')).toBeNull();
  });

  it('hash the same page text alike whatever its line endings', () => {
    expect(normalisedPageText('\uFEFF第一行\r\n第二行\r')).toBe('第一行\n第二行\n');
  });
});

const LIAOYUAN: TownResolution = {
  level: 'city',
  code: '2204',
  officialName: '辽源市',
  parents: [{ name: '吉林省', code: '22', level: 'province' }],
};
const LONGSHAN: TownResolution = {
  level: 'district',
  code: '220402',
  officialName: '龙山区',
  parents: [
    { name: '辽源市', code: '2204', level: 'city' },
    { name: '吉林省', code: '22', level: 'province' },
  ],
};

function ent(type: Entity['type'], name: string, articles: number[], extra: Partial<Entity> = {}): Entity {
  return {
    type,
    name,
    aliases: [],
    mentions: articles.map((article, i) => ({ article, text: name, span: { start: i * 10, end: i * 10 + 3 } })),
    ...extra,
  };
}

function liaoyuanPage(): PageExtraction {
  const article = (index: number, title: string) => ({
    index,
    kind: 'news' as const,
    title,
    subtitle: null,
    byline: '本报记者 董博',
    reporters: [{ name: '董博', role: 'reporter' as const }],
    body: `${title}的正文`,
    bodyOffset: 0,
    span: { start: index * 100, end: index * 100 + 90 },
  });
  return {
    file: '002.txt',
    page: { paper: null, date: '2022-09-20', pageNo: null, section: null, editors: [], proofreaders: [] },
    articles: [article(0, '唱响时代主旋律'), article(1, '龙山区探索新途径')],
    entities: {
      town: [
        ent('town', '辽源市', [0, 0], { aliases: ['辽源'], town: LIAOYUAN }),
        ent('town', '龙山区', [1], { town: LONGSHAN }),
      ],
      unit: [
        ent('unit', '市人社局', [0]),
        ent('unit', '区委组织部', [1]),
        ent('unit', '辽源市委宣传部', [0], { basedIn: '辽源市' }),
      ],
      reporter: [],
      campaign: [ent('campaign', '七讲七进', [0]), ent('campaign', '七讲 七进', [1])],
      person: [],
    },
    events: [
      {
        id: '0:0',
        article: 0,
        date: '2022-09-20',
        datePrecision: 'approximate',
        statedDate: null,
        endDate: null,
        statedEndDate: null,
        summary: '开展七讲七进',
        towns: ['辽源市'],
        venue: '职教园区',
        units: ['市人社局'],
        campaigns: ['七讲七进'],
        quantities: [{ text: '1700余份', value: 1700, unit: '份', approximate: true }],
        sentence: { start: 5, end: 40 },
      },
    ],
    relations: [
      { type: 'RUNS', from: '市人社局', to: '七讲七进', article: 0, span: { start: 5, end: 40 } },
      { type: 'RUNS', from: '市人社局', to: '七讲 七进', article: 1, span: { start: 105, end: 140 } },
      { type: 'HELD_IN', from: '七讲七进', to: '辽源市', article: 0, span: null },
      { type: 'TOWN_IN', from: '龙山区', to: '辽源市', article: 1, span: { start: 100, end: 106 } },
      { type: 'EVENT_HELD_IN', from: '0:0', to: '辽源市', article: 0, span: { start: 5, end: 40 } },
      { type: 'ORGANIZED', from: '市人社局', to: '0:0', article: 0, span: { start: 5, end: 40 } },
      { type: 'PART_OF', from: '0:0', to: '七讲七进', article: 0, span: { start: 5, end: 40 } },
      { type: 'RUNS', from: '无名单位', to: '七讲七进', article: 0, span: null },
    ],
    warnings: [],
  };
}

describe('pageRows', () => {
  const rows = pageRows(liaoyuanPage(), '辽源日报 第二版\r\n');

  it('keys the page by the hash of its text and lists every shared node it touches', () => {
    expect(rows.page.key).toMatch(/^page:[0-9a-f]{24}$/);
    expect(pageRows(liaoyuanPage(), '辽源日报 第二版\n').page.key).toBe(rows.page.key);
    expect(rows.page.entityKeys).toEqual(
      expect.arrayContaining(['town:2204', 'town:22', 'unit:辽源市人社局', 'campaign:七讲七进', 'reporter:董博']),
    );
  });

  it('resolves 市人社局 to the page city and 区委组织部 to the district of its own article', () => {
    expect(rows.units.map((u) => [u.key, u.name, u.aliases])).toEqual([
      ['unit:辽源市人社局', '辽源市人社局', ['市人社局']],
      ['unit:龙山区委组织部', '龙山区委组织部', ['区委组织部']],
      ['unit:辽源市委宣传部', '辽源市委宣传部', []],
    ]);
    expect(rows.basedIn.map((r) => `${r.from} → ${r.to} ${r.pages.length}`)).toEqual([
      'unit:辽源市人社局 → town:2204 1',
      'unit:龙山区委组织部 → town:220402 1',
      'unit:辽源市委宣传部 → town:2204 1',
    ]);
  });

  it('merges a campaign printed two ways into one node and one RUNS with two pieces of evidence', () => {
    expect(rows.campaigns).toEqual([{ key: 'campaign:七讲七进', name: '七讲七进', aliases: ['七讲 七进'] }]);
    const runs = rows.runs.find((r) => r.from === 'unit:辽源市人社局');
    expect(runs).toMatchObject({ to: 'campaign:七讲七进', starts: [5, 105], ends: [40, 140] });
    expect(runs?.articles).toEqual([rows.articles[0]!.key, rows.articles[1]!.key]);
    // One MENTIONS per article and entity, even when two entities share the key.
    expect(rows.mentions.filter((m) => m.to === 'campaign:七讲七进')).toHaveLength(2);
  });

  it('adds the official chain as page-level PART_OF only where no article says it', () => {
    expect(rows.townPartOf.map((r) => [r.from, r.to, r.articles, r.starts])).toEqual([
      ['town:220402', 'town:2204', [rows.articles[1]!.key], [100]],
      ['town:2204', 'town:22', [''], [-1]],
    ]);
    expect(rows.towns.map((t) => [t.key, t.name, t.aliases])).toEqual([
      ['town:2204', '辽源市', ['辽源']],
      ['town:22', '吉林省', []],
      ['town:220402', '龙山区', []],
    ]);
  });

  it('keys events by article and carries provenance on every link', () => {
    const event = rows.events[0]!;
    expect(event.key).toBe(`event:${rows.articles[0]!.key.slice('article:'.length)}:0`);
    expect(event).toMatchObject({
      venue: '职教园区',
      quantities: ['1700余份'],
      quantityValues: [1700],
      quantityUnits: ['份'],
    });
    for (const links of [rows.eventHeldIn, rows.organized, rows.eventPartOf]) {
      expect(links).toEqual([expect.objectContaining({ article: rows.articles[0]!.key, start: 5, end: 40 })]);
    }
    expect(rows.organized[0]!.from).toBe('unit:辽源市人社局');
  });

  it('credits each article once per person and role, and reports what it could not place', () => {
    expect(rows.reporters).toEqual([{ key: 'reporter:董博', name: '董博', aliases: [] }]);
    expect(rows.wrote.map((w) => w.role)).toEqual(['reporter', 'reporter']);
    expect(rows.warnings).toEqual(['RUNS 无名单位 → 七讲七进: no unit named 无名单位 on the page']);
  });

  it('keeps an article key when only another story of the page changes', () => {
    const edited = liaoyuanPage();
    edited.articles[1] = { ...edited.articles[1]!, body: '改过的正文' };
    const again = pageRows(edited, '辽源日报 第二版（改）');
    expect(again.articles[0]!.key).toBe(rows.articles[0]!.key);
    expect(again.articles[1]!.key).not.toBe(rows.articles[1]!.key);
  });
});

describe('input files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['000_a.txt', '001_b.txt', '002_c.json', 'notes.md']) writeFileSync(join(dir, f), 'x');
  mkdirSync(join(dir, 'sub.txt'));

  it('match * and ? in the last segment only', () => {
    expect(globToRegExp('00?_*.txt').test('001_b.txt')).toBe(true);
    expect(globToRegExp('00?_*.txt').test('001_b.txtx')).toBe(false);
    expect(globToRegExp('a.b(c)').test('a.b(c)')).toBe(true);
  });

  it('expand files, directories and globs in a stable order, each error on its own', () => {
    const { files, errors } = expandInputs([join(dir, '00*'), dir, join(dir, 'nothing*'), join(dir, 'gone.txt')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['000_a.txt', '001_b.txt', '002_c.json']);
    expect(errors).toEqual([
      { path: join(dir, 'nothing*'), error: 'no file matches' },
      { path: join(dir, 'gone.txt'), error: expect.stringContaining('ENOENT') },
    ]);
  });
});
