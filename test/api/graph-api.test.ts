import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DEFAULT_QUERY, playgroundTabs } from '../../src/api/http/graphiql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../src/app.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { createLogger } from '../../src/logger.js';
import { configForTestDatabase } from '../support/graph.js';
import { postGraphQL } from '../support/http.js';
import { graphQLClient, startSeededApp, TEST_TOKEN, type GraphQLBody } from './seeded-app.js';

/**
 * The relationship queries on the five seed pages. Expected answers come from reading
 * the pages (see test/graph/ingest-seeds.test.ts for what the graph holds).
 */
describe('the GraphQL API on the seed pages', () => {
  let app: App;
  const { ask, data } = graphQLClient(() => app);

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
      articles { roles article { title kind } } photos: articles(role: PHOTOGRAPHER) { article { title } }
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

  it('resolves a level of 41 towns with their campaigns and units in a constant number of round-trips', async () => {
    const before = app.repository.queryCount;
    const { towns } = await data<{ towns: { nodes: { campaigns: unknown[]; units: { campaigns: unknown[] }[] }[] } }>(
      `{ towns(first: 50) { nodes { name campaigns { campaign { name } } units { name campaigns { campaign { name } } } } } }`,
    );
    const roundTrips = app.repository.queryCount - before;
    expect(towns.nodes).toHaveLength(41);
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

  it('runs the query the playground opens with, as a user pressing ▶ first does', async () => {
    const { town, stats } = await data<{
      town: { name: string; children: { name: string }[]; campaigns: unknown[] };
      stats: { nodes: number };
    }>(DEFAULT_QUERY);
    expect(town.name).toBe('双辽市');
    expect(town.children).toHaveLength(8);
    expect(town.campaigns.length).toBe(23);
    expect(stats.nodes).toBe(357);
  });

  it("offers the opening question and every example as the playground's tabs, each a valid operation", () => {
    const tabs = playgroundTabs();
    expect(tabs[0]!.query).toBe(DEFAULT_QUERY);
    expect(tabs).toHaveLength(1 + readdirSync('examples').filter((f) => f.endsWith('.graphql')).length);
    for (const tab of tabs) expect(() => parse(tab.query)).not.toThrow();
    const ingest = tabs.find((t) => /^\s*mutation\b/m.test(t.query))!;
    expect(JSON.parse(ingest.variables!)).toMatchObject({ source: expect.any(String), text: expect.any(String) });
    expect(ingest.headers).toContain('Authorization');
  });

  it('serves an offline GraphiQL page on GET /graphql, pre-filled with an example query', async () => {
    const response = await fetch(app.api.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('query TownsUnderShuangliao');
    // Every example is offered as a tab.
    for (const file of readdirSync('examples').filter((f) => f.endsWith('.graphql'))) {
      const firstLine = readFileSync(join('examples', file), 'utf8').split('\n')[0]!;
      expect(html.includes(JSON.stringify(firstLine).slice(1, -1)), file).toBe(true);
    }
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
