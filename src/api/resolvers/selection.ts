import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, under the field being resolved, along `path` (field names), for
 * any of `fields` — through aliases, inline fragments and named fragments alike. Lets a
 * resolver leave out costly data nobody asked for.
 */
export function selects(info: GraphQLResolveInfo, path: string[], fields: string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: string[]): boolean => {
    if (!set) return false;
    return set.selections.some((selection) => {
      if (selection.kind === 'InlineFragment') return within(selection.selectionSet, rest);
      if (selection.kind === 'FragmentSpread') {
        return within(info.fragments[selection.name.value]?.selectionSet, rest);
      }
      const name = selection.name.value;
      if (rest.length === 0) return fields.includes(name);
      return name === rest[0] && within(selection.selectionSet, rest.slice(1));
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
