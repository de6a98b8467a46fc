import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { GraphRepository } from '../../src/db/graph-repository.js';
import type { Entity, EntityType, PageExtraction } from '../../src/extract/types.js';
import { writePage } from '../../src/graph/ingest-page.js';
import { pageRows } from '../../src/graph/rows.js';
import { graphSnapshot } from '../support/graph-snapshot.js';
import { emptyGraph, openTestGraph } from '../support/graph.js';

/** Names that would break a statement built by string concatenation. */
const NASTY = [
  `O'Brien "the quoted"`,
  'back\\slash\\\\double',
  'tick`tick``',
  'MATCH (n) DETACH DELETE n //',
  "'}) RETURN 1 UNION MATCH (x) DELETE x //",
  '$param {key: null}',
  '单位\\n“引号”‘单’`反`',
];

function entity(type: EntityType, name: string): Entity {
  return { type, name, aliases: [`${name}-alias`], mentions: [{ article: 0, text: name, span: { start: 0, end: 5 } }] };
}

function extractionWith(names: readonly string[]): PageExtraction {
  const text = names.join('\n');
  return {
    file: 'special "names" `page`.txt',
    page: {
      paper: NASTY[0]!,
      date: '2023-06-20',
      pageNo: '1',
      section: NASTY[3]!,
      editors: [NASTY[1]!],
      proofreaders: [NASTY[2]!],
    },
    articles: [
      {
        index: 0,
        kind: 'news',
        title: NASTY[4]!,
        subtitle: NASTY[5]!,
        byline: NASTY[6]!,
        reporters: names.map((name) => ({ name, role: 'reporter' as const })),
        body: text,
        bodyOffset: 0,
        span: { start: 0, end: text.length },
      },
    ],
    entities: {
      town: names.map((n) => entity('town', n)),
      unit: names.map((n) => entity('unit', n)),
      reporter: [],
      campaign: names.map((n) => entity('campaign', n)),
      person: names.map((n) => entity('person', n)),
    },
    events: [],
    relations: names.map((n) => ({ type: 'RUNS' as const, from: n, to: n, article: 0, span: { start: 0, end: 1 } })),
    warnings: [],
  };
}

describe('names holding quotes, backslashes, backticks and Cypher keywords', () => {
  let database: Database;
  let repository: GraphRepository;
  beforeAll(async () => {
    ({ database, repository } = await openTestGraph());
    await emptyGraph(repository);
  });
  afterAll(() => database?.close());

  it('round-trip unchanged through ingest, as parameters and never as statement text', async () => {
    const extraction = extractionWith(NASTY);
    const outcome = await writePage(repository, {
      path: 'special.txt',
      extraction,
      rows: pageRows(extraction, NASTY.join('\n')),
    });
    expect(outcome.status).toBe('loaded');

    const snapshot = await graphSnapshot(repository);
    const namesOf = (label: string) =>
      [...snapshot.nodes.values()]
        .filter((n) => n.label === label)
        .map((n) => (n.props as { name: string }).name)
        .sort();
    for (const label of ['Town', 'Unit', 'Campaign', 'Person', 'Reporter']) {
      expect(namesOf(label), label).toEqual([...NASTY].sort());
    }
    const unit = [...snapshot.nodes.values()].find(
      (n) => n.label === 'Unit' && (n.props as { name: string }).name === NASTY[2],
    );
    expect(unit?.props).toMatchObject({ aliases: [`${NASTY[2]}-alias`], aliasText: `${NASTY[2]}-alias` });
    const page = [...snapshot.nodes.values()].find((n) => n.label === 'Page');
    expect(page?.props).toMatchObject({
      file: 'special "names" `page`.txt',
      paper: NASTY[0],
      section: NASTY[3],
      editors: [NASTY[1]],
      proofreaders: [NASTY[2]],
    });
    const article = [...snapshot.nodes.values()].find((n) => n.label === 'Article');
    expect(article?.props).toMatchObject({ title: NASTY[4], subtitle: NASTY[5], byline: NASTY[6] });
    expect([...snapshot.relationships.keys()].filter((id) => id.includes('-RUNS->'))).toHaveLength(NASTY.length);
  });
});
