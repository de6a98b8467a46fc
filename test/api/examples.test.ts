import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { removePage } from '../../src/graph/ingest-page.js';
import { readExamples } from '../../src/api/examples.js';
import { postGraphQL } from '../support/http.js';
import { startSeededApp, TEST_TOKEN, type GraphQLBody } from './seeded-app.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field below */

const INGEST_SOURCE = '903_example_test.txt';

/**
 * What each example must answer on the five seed pages (read off the pages). An example
 * whose first line says it answers with errors gets them as well; the others must have none.
 */
const CHECKS: Record<string, (data: any, errors: any[]) => void> = {
  '01-town.graphql': ({ town }) => {
    expect(town).toMatchObject({
      id: 'town:220382',
      name: '双辽市',
      code: '220382',
      level: 'COUNTY_CITY',
      parent: { name: '四平市' },
    });
    expect(town.ancestors.map((t: any) => t.name)).toEqual(['四平市', '吉林省']);
    expect(town.descendants).toHaveLength(12);
    expect(town.children).toHaveLength(8);
    expect(town.units.map((u: any) => u.name)).toContain('双辽市财政局');
    expect(town.campaigns.map((c: any) => c.campaign.name)).toContain('小巷总理');
    expect(town.reporters).toContainEqual({ count: 2, reporter: { name: '于嘉宇' } });
    expect(town.articles.length).toBeGreaterThan(0);
  },
  '02-unit.graphql': ({ unit }) => {
    expect(unit.town).toEqual({ name: '辽西街道', level: 'SUBDISTRICT' });
    expect(unit.campaigns.map((c: any) => c.campaign.name)).toContain('小巷总理');
    expect(unit.partners.map((p: any) => p.unit.name).sort()).toEqual(
      ['辽东街道党工委', '辽北街道党工委', '辽南街道党工委', '郑家屯街道党工委'].sort(),
    );
  },
  '03-reporter.graphql': ({ reporter }) => {
    expect(reporter.roles).toEqual([
      { role: 'correspondent', articles: 2 },
      { role: 'photographer', articles: 1 },
    ]);
    expect(reporter.articles).toHaveLength(2);
    expect(reporter.photos).toHaveLength(1);
    expect(reporter.articles.every((a: any) => a.article.page.file === '000_9db501005d26fdbc.txt')).toBe(true);
  },
  '04-campaign.graphql': ({ campaign }) => {
    expect(campaign.name).toBe('我为群众办实事');
    expect(campaign.towns.map((t: any) => t.town.name)).toEqual(expect.arrayContaining(['东大街街道', '铁东区']));
    // Pages 003 and 004 at least (and 000's subtitle where the extraction reads it).
    expect(campaign.articles.length).toBeGreaterThanOrEqual(3);
    expect(new Set(campaign.articles.map((a: any) => a.page.file)).size).toBeGreaterThanOrEqual(2);
    expect(campaign.unitsMentionedWith.map((u: any) => u.unit.name)).toContain('东大街街道党工委');
  },
  '05-article-event-page.graphql': ({ pages }) => {
    const page = pages.nodes[0];
    expect(page).toMatchObject({
      file: '000_9db501005d26fdbc.txt',
      paper: '四平日报',
      date: '2023-06-20',
      number: '5',
      section: '县域',
      editors: ['辛宏', '常欣月'],
    });
    expect(page.articles).toHaveLength(3);
    expect(page.articles[0].title).toBe('警惕高息诱惑 远离非法集资');
    expect(page.articles[0].reporters).toEqual([{ roles: ['correspondent'], reporter: { name: '肖宁' } }]);
    for (const article of page.articles) {
      expect(article.events.length).toBeGreaterThan(0);
      expect(article.events[0].article.title).toBe(article.title);
    }
  },
  '06-node.graphql': ({ node, person }) => {
    expect(node).toMatchObject({ __typename: 'Town', name: '跃进村', level: 'VILLAGE', parent: { name: '那木乡' } });
    expect(person.articles).toEqual([{ title: '东大街街道 打通服务群众“最后一米”' }]);
  },
  '07-towns-list.graphql': ({ towns, villages }) => {
    expect(towns.totalCount).toBe(13);
    expect(towns.edges).toHaveLength(10);
    expect(towns.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(towns.edges[0].node.name).toBe('双辽市');
    expect(villages.nodes.map((v: any) => v.name).sort()).toEqual(['姚庄村', '玻璃山村', '跃进村'].sort());
  },
  '08-lists.graphql': ({ units, campaigns, reporters, events, articles }) => {
    expect(units.totalCount).toBe(5);
    expect(campaigns.nodes[0].name).toMatch(/微心愿|我为群众办实事/);
    expect(reporters.nodes[0].name).toBe('冉红政');
    expect(events.totalCount).toBeGreaterThan(0);
    expect(articles.totalCount).toBeGreaterThanOrEqual(2);
  },
  '09-search.graphql': ({ search, townsOnly }) => {
    expect(search[0]).toMatchObject({ type: 'CAMPAIGN', node: { id: 'campaign:我为群众办实事' } });
    expect(townsOnly.map((h: any) => h.node.id)).toContain('town:220382');
  },
  '10-path.graphql': ({ path }) => {
    expect(path.map((p: any) => p.nodes.map((n: any) => n.id).join(' '))).toContain(
      'town:220382200203 town:220382200 town:220382 unit:双辽市财政局',
    );
  },
  '11-neighborhood.graphql': ({ neighborhood }) => {
    expect(neighborhood.nodes.length).toBeLessThanOrEqual(40);
    expect(neighborhood.nodes[0]).toMatchObject({ type: 'CAMPAIGN', label: '我为群众办实事' });
    const ids = new Set(neighborhood.nodes.map((n: any) => n.id));
    expect(neighborhood.edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  },
  '12-towns-sharing-campaigns.graphql': ({ townsSharingCampaigns }) => {
    expect(townsSharingCampaigns.map((t: any) => t.town.name)).toEqual(
      expect.arrayContaining(['东大街街道', '团结社区']),
    );
  },
  '13-units-sharing-campaigns.graphql': ({ unitsSharingCampaigns }) => {
    expect(unitsSharingCampaigns).toHaveLength(4);
    expect(unitsSharingCampaigns.every((u: any) => u.campaigns[0].name === '小巷总理')).toBe(true);
  },
  '14-campaign-spread.graphql': ({ campaignSpread }) => {
    expect(campaignSpread.map((c: any) => c.campaign.name)).toEqual(
      expect.arrayContaining(['微心愿', '我为群众办实事']),
    );
    const counts = campaignSpread.map((c: any) => c.townCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  },
  '15-timeline.graphql': ({ timeline }) => {
    expect(timeline.length).toBeGreaterThan(0);
    const dates = timeline.map((e: any) => e.date);
    expect(dates.every((d: string) => d.startsWith('2023-'))).toBe(true);
    expect(dates).toEqual([...dates].sort());
    // A stated day is the date it is ordered by; 近日 states none.
    for (const e of timeline) {
      if (e.precision === 'day') expect(e.statedDate).toBe(e.date);
      if (e.precision === 'approximate') expect(e.statedDate).toBeNull();
    }
    const launch = timeline.find((e: any) => e.summary.includes('巡湖艇'));
    expect(launch.venue).toBe('架树台湖国家湿地公园管理中心');
  },
  '18-codes-and-text.graphql': ({ city, subdistrict, articles, events }) => {
    expect(city).toEqual({ name: '四平市', code: '220300', level: 'PREFECTURE_CITY' });
    expect(subdistrict).toEqual({ name: '辽南街道', code: '220382003', parent: { name: '双辽市', code: '220382' } });
    expect(articles.totalCount).toBe(2);
    expect(articles.nodes.map((a: any) => a.title)).toContain('凝聚红色力量 激发治理活力');
    expect(events.nodes.map((e: any) => e.summary)).toEqual([
      '守护大美湿地“双检号”巡湖艇启用仪式在双辽市架树台湖国家湿地公园管理中心举行',
    ]);
  },
  '19-person-posts.graphql': ({ person }) => {
    expect(person.posts.map((p: any) => [p.post, p.unit?.name ?? null, p.town])).toEqual([
      ['副书记', '南曹街道党工委', null],
      ['主任', '南曹街道办事处', null],
    ]);
  },
  '20-sub-towns.graphql': ({ town, campaigns, timeline }) => {
    const names = (list: any[]) => list.map((c: any) => c.campaign?.name ?? c.name).sort();
    // The town's campaigns are the campaigns of the within list; its events are its timeline.
    expect(names(town.campaigns)).toEqual(names(campaigns.nodes));
    expect(campaigns.totalCount).toBe(23);
    expect(town.events).toEqual(timeline);
    expect(town.events).toHaveLength(10);
    // Alone, 双辽市 keeps the campaigns and events its pages place in the city itself.
    expect(town.ownCampaigns).toHaveLength(15);
    expect(names(town.ownCampaigns)).toContain('小巷总理');
    expect(names(town.ownCampaigns)).not.toContain('五社联动');
    expect(town.ownEvents).toHaveLength(5);
    for (const own of town.ownEvents) expect(town.events).toContainEqual(own);
  },
  '21-errors.graphql': (data, errors) => {
    expect(errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.message]).sort()).toEqual([
      [
        'ambiguous',
        'BAD_USER_INPUT',
        '"综治办" names 2 Units: unit:王奔镇综治办 (王奔镇综治办), unit:南关街街道综治办 (南关街街道综治办); ask for one by its id',
      ],
      ['bad', 'BAD_USER_INPUT', 'of: no node with id "town:0000"'],
      ['noSuch', 'BAD_USER_INPUT', 'filter.within: no Town called "无此镇"'],
    ]);
    // The fields that failed are null; the others answer as without them.
    expect(data).toMatchObject({ ambiguous: null, bad: null, noSuch: null });
    expect(data.one).toEqual({ name: '王奔镇综治办', town: { name: '王奔镇' } });
    expect(data.good).toHaveLength(2);
  },
  '16-stats.graphql': ({ health, stats }) => {
    expect(health.ok).toBe(true);
    expect(stats.labels).toContainEqual({ name: 'Page', count: 5 });
    expect(stats.labels).toContainEqual({ name: 'Article', count: 36 });
    expect(stats.nodes).toBe(stats.labels.reduce((sum: number, l: any) => sum + l.count, 0));
    expect(stats.relationships).toBe(stats.relationshipTypes.reduce((sum: number, t: any) => sum + t.count, 0));
  },
  '17-ingest-page.graphql': ({ ingestPage }) => {
    expect(ingestPage).toMatchObject({ status: 'loaded', file: INGEST_SOURCE, articles: 8 });
    expect(ingestPage.page.file).toBe(INGEST_SOURCE);
  },
};

describe('examples/*.graphql on the seed pages', () => {
  let app: App;
  beforeAll(async () => {
    app = await startSeededApp();
  });
  afterAll(async () => {
    if (app) await removePage(app.repository, INGEST_SOURCE);
    await app?.stop();
  });

  const examples = readExamples();

  it('has a check for every example and an example for every check', () => {
    expect(examples.map((e) => e.name)).toEqual(Object.keys(CHECKS).sort());
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers as the pages say', async (file, example) => {
    const { query, mutation } = example;
    const variables = mutation
      ? { text: readFileSync('seeds/002_2575e84d6e1eb83a.txt', 'utf8') + '\n示例再次载入。\n', source: INGEST_SOURCE }
      : {};
    const headers: Record<string, string> = mutation ? { authorization: `Bearer ${TEST_TOKEN}` } : {};
    const body = (await postGraphQL(app.api.url, query, variables, headers)) as GraphQLBody;
    if (example.answersWithErrors) expect(body.errors?.length).toBeGreaterThan(0);
    else expect(body.errors).toBeUndefined();
    CHECKS[file]!(body.data, body.errors ?? []);
  });
});
