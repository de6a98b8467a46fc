import type { GraphNode } from '../../services/graph-model.js';
import type { ListPage } from '../../services/explore-service.js';
import type { ListName } from '../../services/graph-service.js';
import { type ConnectionShape } from '../types/connection.js';
import { encodeCursor } from '../../services/cursor.js';

/** A page of a list as a Relay-style connection; totalCount is resolved later, only when asked for. */
export function toConnection(
  page: ListPage,
  list: ListName,
  filter: object | null | undefined,
): ConnectionShape<GraphNode> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    nodes: page.items,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countSource: { list, filter: { ...(filter ?? {}) } },
  };
}
