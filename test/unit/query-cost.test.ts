/**
 * The query cost counts the rows a query's lists may return (each list's `first` or `limit`,
 * from the literal, the variable or the default, times the items around it) plus one per
 * round trip; scalars are free. Ordinary nested queries stay far under the limit, the
 * shapes that ask the database for millions of rows are over it.
 */
import { parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../../src/api/schema.js';
import { QUERY_LIMITS } from '../../src/api/http/server.js';
import { UNPAGED_LIST_ITEMS, queryCost } from '../../src/api/plugins/query-cost.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildApiSchema();
});

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return queryCost(schema, document, operation!, variables);
};

describe('the query cost', () => {
  it('counts each list as its page size times the items around it, plus one per round trip', () => {
    // towns (1 trip), its nodes (the page: 1 + 50 rows), each town's units (1 + 150).
    expect(cost('{ towns(first: 50) { nodes { name units(first: 3) { name } } } }')).toBe(1 + 1 + 50 + 1 + 150);
    // A single object per item (a town's parent) adds its round trip, not rows.
    expect(cost('{ towns(first: 50) { nodes { parent { parent { name } } } } }')).toBe(1 + 1 + 50 + 1 + 1);
    // Scalars cost nothing: more of them leave the cost as it is.
    expect(cost('{ towns(first: 50) { nodes { name code level aliases } } }')).toBe(
      cost('{ towns(first: 50) { nodes { name } } }'),
    );
  });

  it('reads first from a variable and from the default, so $n is not a way around it', () => {
    const literal = cost('{ towns(first: 40) { nodes { units(first: 7) { name } } } }');
    expect(
      cost('query($f: Int!, $g: Int!) { towns(first: $f) { nodes { units(first: $g) { name } } } }', { f: 40, g: 7 }),
    ).toBe(literal);
    // Leaving first out costs its default: 20 towns, 50 units each.
    expect(cost('{ towns { nodes { units { name } } } }')).toBe(
      cost('{ towns(first: 20) { nodes { units(first: 50) { name } } } }'),
    );
  });

  it('counts fragments and inline fragments as the fields they stand for', () => {
    const spelled = cost('{ towns(first: 10) { nodes { units(first: 5) { name } } } }');
    expect(cost('{ towns(first: 10) { nodes { ...T } } } fragment T on Town { units(first: 5) { name } }')).toBe(
      spelled,
    );
    expect(cost('{ towns(first: 10) { nodes { ... on Town { units(first: 5) { name } } } } }')).toBe(spelled);
  });

  it('counts a list with no page size as UNPAGED_LIST_ITEMS per item', () => {
    expect(cost('{ events(first: 10) { nodes { quantities { text } } } }')).toBe(
      1 + 1 + 10 + 1 + 10 * UNPAGED_LIST_ITEMS,
    );
  });

  it('lets the queries users write through', () => {
    const ordinary = [
      '{ campaigns(first: 100) { nodes { name towns(first: 3) { town { name } } units(first: 3) { unit { name } } } } }',
      `{ towns(first: 50) { nodes { name code level parent { name } ancestors { name } children { name }
           units { name } campaigns { count campaign { name } } events { title date } articles { title }
           reporters { count reporter { name } } } } }`,
      // A level of towns with their units and the units' campaigns, as the explorer draws them.
      '{ towns(first: 50) { nodes { name campaigns { campaign { name } } units { name campaigns { campaign { name } } } } } }',
      `{ ${Array.from({ length: 7 }, (_, i) => `s${i}: search(text: "双辽") { score node { id } }`).join(' ')} }`,
      '{ neighborhood(of: { type: TOWN, name: "双辽市" }, depth: 2, limit: 500) { nodes { id label } edges { source target type } } }',
    ];
    for (const query of ordinary) expect(cost(query), query).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
  });

  it('puts the shapes that ask for millions of rows over the limit', () => {
    const abusive: [string, Record<string, unknown>][] = [
      [
        '{ towns(first: 100) { nodes { units(first: 500) { campaigns { campaign { towns { town { name } } } } } } } }',
        {},
      ],
      ['query($f: Int!) { towns(first: $f) { nodes { units(first: $f) { name } } } }', { f: 500 }],
      ['{ towns(first: 1000000000) { nodes { name } } }', {}],
      ['{ town(name: "双辽市") { units(first: 1000000000) { name } } }', {}],
    ];
    for (const [query, variables] of abusive)
      expect(cost(query, variables), query).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });
});
