import { describe, expect, it } from 'vitest';
import { parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { selects } from '../../src/api/resolvers/selection.js';

/** The parts of a resolver's info that `selects` reads, for the root field of `query`. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const field = operation.selectionSet.selections[0];
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selects: whether a query asks for costly fields', () => {
  it('sees fields under the path, through aliases and fragments', () => {
    expect(selects(infoOf('{ path { edges { id articles { id } } } }'), ['edges'], ['articles', 'pages'])).toBe(true);
    expect(selects(infoOf('{ path { e: edges { pages { file } } } }'), ['edges'], ['articles', 'pages'])).toBe(true);
    expect(
      selects(
        infoOf('{ path { edges { ...Ev } } } fragment Ev on PathEdge { ... on PathEdge { articles { id } } }'),
        ['edges'],
        ['articles'],
      ),
    ).toBe(true);
  });

  it('answers false when only cheap fields are asked, or the field is elsewhere', () => {
    expect(selects(infoOf('{ path { length edges { id type source target } } }'), ['edges'], ['articles'])).toBe(false);
    expect(selects(infoOf('{ path { nodes { ... on Town { articles { id } } } } }'), ['edges'], ['articles'])).toBe(
      false,
    );
  });
});
