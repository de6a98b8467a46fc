import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import { ingestPage } from '../../src/graph/ingest-page.js';
import { ingestPaths } from '../../src/graph/ingest-pages.js';
import { countsOf, graphSnapshot, type Snapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';

/**
 * The five seed pages in the real Neo4j. The counts follow from the pages as the
 * extraction reads them (see the per-page notes); the identity rules are what makes
 * them exact: 双辽市, 铁东区, 吉林省 and 四平市 appear on several pages and are one node
 * each, 铁东区新闻出版局 is on pages 001 and 004, 微心愿 on 000 and 004, 我为群众办实事
 * on 003 and 004.
 */
const SEEDS = 'seeds';
const PAGE_000 = '000_9db501005d26fdbc.txt';
const PAGE_003 = '003_e4c7cc7442eff8db.txt';

const SEED_COUNTS = {
  // 8 + 7 + 8 + 5 + 8 stories.
  Article: 36,
  // Each story's lead, and every further happening it reports (a feature's dated
  // activities, a unit's own activity): 13 on 000, 62 on the five pages.
  Event: 62,
  Page: 5,
  // Credited people: 7 on 000, 7 on 001, 7 on 002, 6 on 003, 10 on 004, nobody on two pages.
  Reporter: 37,
  // 王品皓 on 002; 解鑫, 沙建武, 丁朝昔, 李翔 on 003.
  Person: 5,
  // 12 + 17 + 32 + 11 + 24 named on the pages, 微心愿 (twice) and 我为群众办实事 (thrice) counted once.
  Campaign: 94,
  // The towns each page names with their official parents, the ones two pages share
  // (双辽市, 吉林省, 四平市, 铁东区…) counted once. 姚庄村 sits under the 南曹乡 its page
  // names, not under the township the dataset files it in, so that township is no node.
  Town: 41,
  // The units each page names (its offices, committees, teams and companies), 铁东区新闻出版局
  // counted once; 辽源市委研究室 and the other short party forms count as named.
  Unit: 77,
  ':BASED_IN': 64,
  ':HELD_IN': 131,
  ':MENTIONS': 251,
  ':ON_PAGE': 36,
  ':ORGANIZED': 46,
  ':PART_OF': 91,
  ':REPORTS': 62,
  ':RUNS': 34,
  ':WROTE': 57,
};

describe('ingest of the seed pages into Neo4j', () => {
  let database: Database;
  let repository: GraphRepository;
  let work: string;

  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
    await emptyGraph(repository);
    work = mkdtempSync(join(tmpdir(), 'ingest-seeds-'));
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await database?.close();
  });

  it('loads every seed page with exact node and relationship counts', async () => {
    const summary = await ingestPaths(repository, [SEEDS]);
    expect(summary.errors).toEqual([]);
    expect(summary).toMatchObject({ files: 5, loaded: 5, failed: 0, articles: 36, events: 62 });
    expect(summary.updates.nodesCreated).toBe(357);
    expect(await countsOf(repository)).toEqual(SEED_COUNTS);
  }, 180_000); // a freshly started Neo4j plans and warms up every ingest statement here

  it('puts the twelve towns the pages name inside 双辽市 under it', async () => {
    const rows = await repository.read<{ name: string; level: string }>('queries/towns-under', { name: '双辽市' });
    expect(rows.map((r) => `${r.name} ${r.level}`)).toEqual([
      '郑家屯街道 subdistrict',
      '东华社区 community',
      '辽西街道 subdistrict',
      '辽南街道 subdistrict',
      '团结社区 community',
      '辽北街道 subdistrict',
      '辽东街道 subdistrict',
      '王奔镇 town',
      '玻璃山镇 town',
      '玻璃山村 village',
      '那木乡 township',
      '跃进村 village',
    ]);
  });

  it('credits each article of page 000 to its reporters, photographers included', async () => {
    const rows = await repository.read<{ title: string; credits: { name: string; roles: string[] }[] }>(
      'queries/page-credits',
      { file: PAGE_000 },
    );
    expect(rows.map((r) => [r.title.slice(0, 8), r.credits.map((c) => `${c.name}:${c.roles.join('+')}`)])).toEqual([
      ['警惕高息诱惑 远', ['肖宁:correspondent']],
      ['点亮“微心愿” ', ['徐丹阳:correspondent']],
      ['为全面增强干部群', ['李阳:correspondent']],
      ['“粽”享端午 情', ['郑嘉萱:correspondent']],
      ['2023双辽半程', ['谢晨龙:correspondent+photographer']],
      ['近日，守护大美湿', ['于嘉宇:correspondent+photographer']],
      ['日前，双辽市那木', ['郑嘉萱:correspondent+photographer']],
      ['同台竞技强素质 ', ['于嘉宇:correspondent', '林天骥:correspondent']],
    ]);
  });

  it('makes one node of what several pages name, with every page behind it', async () => {
    const rows = await repository.read<{ label: string; name: string; files: string[] }>('queries/shared-entities');
    expect(rows.map((r) => `${r.label} ${r.name} ${r.files.map((f) => f.slice(0, 3)).join(',')}`)).toEqual([
      'Campaign 微心愿 000,004',
      'Campaign 我为群众办实事 000,003,004',
      'Town 双辽市 000,001',
      'Town 吉林省 001,002',
      'Town 铁东区 001,004',
      'Unit 铁东区新闻出版局 001,004',
    ]);
  });

  it('resolves a shorthand unit to the city of its page: 市人社局 on a 辽源 page is 辽源市人社局', async () => {
    const snapshot = await graphSnapshot(repository);
    expect(snapshot.nodes.get('unit:辽源市人社局')?.props).toMatchObject({
      name: '辽源市人社局',
      aliases: ['市人社局'],
    });
    expect(snapshot.relationships.get('unit:辽源市人社局 -BASED_IN-> town:2204')).toMatchObject({ count: 1 });
    expect(snapshot.nodes.get('town:220382001')?.props).toMatchObject({ name: '郑家屯街道', aliases: ['郑家屯街'] });
  });

  it('leaves no node without relationships, and gives every relationship its provenance', async () => {
    const snapshot = await graphSnapshot(repository);
    const linked = new Set<string>();
    for (const id of snapshot.relationships.keys()) {
      const [from, , to] = id.split(' ');
      linked.add(from!);
      linked.add(to!);
    }
    expect([...snapshot.nodes.keys()].filter((k) => !linked.has(k))).toEqual([]);
    for (const [id, props] of snapshot.relationships) {
      const p = props as Record<string, unknown>;
      if (Array.isArray(p.pages)) {
        expect(p.count, id).toBe(p.pages.length);
        expect((p.articles as unknown[]).length, id).toBe(p.count);
      } else if (id.includes('-ON_PAGE->')) {
        expect(p, id).toHaveProperty('start');
      } else if (id.includes('-MENTIONS->')) {
        expect((p.starts as number[]).length, id).toBe(p.count);
      } else {
        expect(p.article, id).toMatch(/^article:/);
        expect(p.start, id).toEqual(expect.any(Number));
      }
    }
  });

  it('changes nothing when the same pages are ingested again, skipped or rewritten', async () => {
    const before = await graphSnapshot(repository);
    const again = await ingestPaths(repository, [SEEDS]);
    expect(again).toMatchObject({ unchanged: 5, loaded: 0, failed: 0 });
    expect(again.updates).toEqual({});
    const forced = await ingestPaths(repository, [SEEDS], { force: true });
    expect(forced).toMatchObject({ replaced: 5, failed: 0 });
    expect(await countsOf(repository)).toEqual(SEED_COUNTS);
    expect(await graphSnapshot(repository)).toEqual(before);
  });

  it('recognises the same page saved as GB18030 under another name', async () => {
    const gbk = join(work, 'copy-of-000.txt');
    writeFileSync(gbk, iconv.encode(readFileSync(join(SEEDS, PAGE_000), 'utf8'), 'gb18030'));
    const outcome = await ingestPage(repository, gbk, readFileSync(gbk));
    expect(outcome).toMatchObject({ status: 'unchanged', sameAs: PAGE_000 });
    expect(await countsOf(repository)).toEqual(SEED_COUNTS);
  });

  it('replaces only the subgraph of a page whose text changed, and restores it when changed back', async () => {
    const original = await graphSnapshot(repository);
    const edited = join(work, PAGE_003);
    const text = readFileSync(join(SEEDS, PAGE_003), 'utf8');
    expect(text.split('黄帅').length).toBe(2); // the byline of the first story only
    writeFileSync(edited, text.replace('黄帅', '黄大帅'));

    const outcome = await ingestPage(repository, edited, readFileSync(edited));
    expect(outcome.status).toBe('replaced');
    const after = await graphSnapshot(repository);

    const oldPage = pageKeyOf(original, PAGE_003);
    const newPage = pageKeyOf(after, PAGE_003);
    expect(newPage).not.toBe(oldPage);
    // Everything that is not this page's is exactly as it was.
    expect(withoutPage(after, newPage)).toEqual(withoutPage(original, oldPage));
    // On the page: the edited story is a new article, the four others keep their keys.
    const oldArticles = articlesOf(original, oldPage);
    const newArticles = articlesOf(after, newPage);
    expect(newArticles.filter((k) => !oldArticles.includes(k))).toHaveLength(1);
    expect(oldArticles.filter((k) => !newArticles.includes(k))).toHaveLength(1);
    expect(after.nodes.has('reporter:黄大帅')).toBe(true);
    expect(after.nodes.has('reporter:黄帅')).toBe(false); // orphaned, so deleted
    expect(await countsOf(repository)).toEqual(SEED_COUNTS);

    // The original text again: the graph is what it was, to the last property.
    const back = await ingestPage(repository, join(SEEDS, PAGE_003), readFileSync(join(SEEDS, PAGE_003)));
    expect(back.status).toBe('replaced');
    expect(await graphSnapshot(repository)).toEqual(original);
  });

  it('loads the good files among broken ones and reports each broken one', async () => {
    await emptyGraph(repository);
    const dir = mkdtempSync(join(work, 'mixed-'));
    copyFileSync(join(SEEDS, PAGE_000), join(dir, PAGE_000));
    copyFileSync(join(SEEDS, PAGE_003), join(dir, PAGE_003));
    writeFileSync(join(dir, '001_binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, '002_empty.txt'), '');
    writeFileSync(join(dir, '005_not_a_page.txt'), 'hello world\n');
    const summary = await ingestPaths(repository, [dir, join(work, 'missing.txt')]);
    expect(summary).toMatchObject({ files: 5, loaded: 2, failed: 4 });
    expect(summary.errors.map((e) => [e.path.slice(work.length), e.error.split(/[(:]/)[0]!.trim()])).toEqual([
      ['/missing.txt', 'ENOENT'],
      [expect.stringMatching(/001_binary\.txt$/), 'not a text page'],
      [expect.stringMatching(/002_empty\.txt$/), 'empty file'],
      [expect.stringMatching(/005_not_a_page\.txt$/), 'not a Chinese newspaper page'],
    ]);
    expect(await countsOf(repository)).toMatchObject({ Page: 2, Article: 13 });
  });
});

function pageKeyOf(snapshot: Snapshot, file: string): string {
  for (const [key, node] of snapshot.nodes) {
    if (node.label === 'Page' && (node.props as { file: string }).file === file) return key;
  }
  throw new Error(`no page ${file}`);
}

function articlesOf(snapshot: Snapshot, page: string): string[] {
  return [...snapshot.relationships.keys()]
    .filter((id) => id.endsWith(`-ON_PAGE-> ${page}`))
    .map((id) => id.split(' ')[0]!)
    .sort();
}

/**
 * The graph minus one page: its Page, Articles and Events, their relationships, its
 * evidence entries in aggregated relationships, and shared nodes only it used.
 */
function withoutPage(snapshot: Snapshot, page: string): Snapshot {
  const owned = new Set<string>([page, ...articlesOf(snapshot, page)]);
  for (const id of snapshot.relationships.keys()) {
    const [from, type, to] = id.split(' ');
    if (type === '-REPORTS->' && owned.has(from!)) owned.add(to!);
  }
  const relationships = new Map<string, unknown>();
  const linked = new Set<string>();
  for (const [id, props] of snapshot.relationships) {
    const [from, , to] = id.split(' ');
    if (owned.has(from!) || owned.has(to!)) continue;
    let kept = props as Record<string, unknown>;
    if (Array.isArray(kept.pages)) {
      const keep = (kept.pages as string[]).map((p, i) => (p === page ? -1 : i)).filter((i) => i >= 0);
      if (keep.length === 0) continue;
      const pick = (k: string) => keep.map((i) => (kept[k] as unknown[])[i]);
      kept = {
        ...kept,
        pages: pick('pages'),
        articles: pick('articles'),
        starts: pick('starts'),
        ends: pick('ends'),
        count: keep.length,
      };
    }
    relationships.set(id, kept);
    linked.add(from!);
    linked.add(to!);
  }
  const nodes = new Map([...snapshot.nodes].filter(([key]) => !owned.has(key) && linked.has(key)));
  return { nodes, relationships };
}
