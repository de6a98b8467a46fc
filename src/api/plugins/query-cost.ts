/**
 * The cost of a query: how much work the database may do to answer it, worked out before it
 * runs, so that a query asking for millions of rows is refused while the nested lists a user
 * writes every day pass.
 *
 * The work of an answer is the rows its lists may return, not its scalar fields (they come
 * with their row) nor its nesting as such (every relationship field of one level is one
 * batched round trip, see services/loaders.ts). So:
 *
 *   - a field with `first` or `limit` may return that many items for each item around it:
 *     `towns(first: 50) { nodes { units(first: 3) } }` may return 50 towns and 150 units;
 *   - the argument's value is the literal, the variable's value or the schema's default, so
 *     `first: $n` costs what `$n` is, and leaving `first` out costs its default;
 *   - the lists of a page (`nodes`, `edges` of a connection) are that page, counted once;
 *   - a list with no page size (a quantity list, a person's posts) counts UNPAGED_LIST_ITEMS
 *     per item around it;
 *   - a single object (a town's `parent`, a count's `campaign`) is one row per item it hangs
 *     off, so it adds its round trip only;
 *   - each composite field adds one for its round trip.
 *
 * graphql-armor's cost rule, used before, multiplied every scalar by the literal `first`
 * and by 1.5 per level, and read `first: $var` as 1: ordinary queries were refused and
 * costly ones with variables let through.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** Items a list without a page size is assumed to hold, per item around it. */
export const UNPAGED_LIST_ITEMS = 20;
/** The arguments that set how many items a field returns. */
const PAGE_SIZE_ARGUMENTS = ['first', 'limit'] as const;

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

/** The page size a field asks for, or null when it has no page-size argument. */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number | null {
  if (!field.args.some((arg) => (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(arg.name))) return null;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field, node, variables);
  } catch {
    // An argument of the wrong type fails validation or execution with its own message.
    return null;
  }
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const value = values[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return null;
}

/**
 * The cost of a selection made for `rows` items of `parentType`. `inPage` says that the
 * items are a page its parent already counted (a connection's `nodes`, a graph's `edges`).
 */
function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  rows: number,
  inPage: boolean,
  seenFragments: ReadonlySet<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment that spreads itself is refused by validation; count it once here.
      if (!fragment || seenFragments.has(fragment.name.value)) continue;
      const type = typeFromAST(walk.schema, fragment.typeCondition);
      if (!type || !isCompositeType(type)) continue;
      const seen = new Set(seenFragments).add(fragment.name.value);
      cost += selectionCost(walk, fragment.selectionSet, type, rows, inPage, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? typeFromAST(walk.schema, selection.typeCondition) : parentType;
      if (!type || !isCompositeType(type)) continue;
      cost += selectionCost(walk, selection.selectionSet, type, rows, inPage, seenFragments);
    } else {
      cost += fieldCost(walk, selection, parentType, rows, inPage, seenFragments);
    }
  }
  return cost;
}

function fieldCost(
  walk: Walk,
  node: FieldNode,
  parentType: GraphQLCompositeType,
  rows: number,
  inPage: boolean,
  seenFragments: ReadonlySet<string>,
): number {
  // Introspection and __typename are answered from the schema, not the database.
  if (node.name.value.startsWith('__') || !node.selectionSet) return 0;
  if (!isObjectType(parentType) && !isInterfaceType(parentType)) return 0;
  const field = parentType.getFields()[node.name.value];
  if (!field) return 0;
  const type = getNamedType(field.type);
  if (!isCompositeType(type)) return 0;

  const size = pageSize(field, node, walk.variables);
  const isList = isListType(getNullableType(field.type));
  let items: number;
  if (size !== null) items = rows * size;
  else if (isList) items = inPage ? rows : rows * UNPAGED_LIST_ITEMS;
  else items = rows;
  // The rows this field adds: a list's items. A single object adds none, nor does a
  // connection: its page is counted in its `nodes` or `edges`.
  const added = isList ? items : 0;
  // A paged field answering one object (a connection, a graph) holds its page in its lists.
  const childrenInPage = size !== null && !isList;
  return 1 + added + selectionCost(walk, node.selectionSet, type, items, childrenInPage, seenFragments);
}

/** The cost of one operation of a document, with the request's variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  return selectionCost({ schema, fragments, variables }, operation.selectionSet, rootType, 1, false);
}

/** Refuses, before anything runs, an operation whose cost is over `maxCost`. */
export function queryCostPlugin<Context extends object>(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // No operation (an unknown operationName) fails with its own message next.
          if (!operation) return;
          const cost = queryCost(schema, document, operation, request.variables ?? {});
          if (cost <= maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${cost}: each list counts the items it may return ` +
              `(its first or limit) for every item of the lists around it; ask for fewer items in the nested lists.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
