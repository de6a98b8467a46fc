import neo4j from 'neo4j-driver';
import { UserInputError } from './errors.js';
import type { GraphRepository, Params } from '../db/graph-repository.js';
import {
  campaignKey,
  canonicalUnitName,
  compact,
  personKey,
  reporterKey,
  storedTownCode,
  unitKey,
} from '../graph/keys.js';
import {
  edgeId,
  kindOfId,
  labelOf,
  toNode,
  type GraphEdge,
  type GraphNode,
  type GraphPath,
  type NodeKind,
  type RelatedItem,
  type Subgraph,
} from './graph-model.js';

/** Relationship fields: each is a batched file `cypher/queries/related/<name>.cypher`. */
export const RELATIONS = [
  'town-parent',
  'town-children',
  'town-ancestors',
  'town-descendants',
  'town-units',
  'town-campaigns',
  'town-events',
  'town-articles',
  'town-reporters',
  'unit-towns',
  'unit-campaigns',
  'unit-events',
  'unit-articles',
  'unit-partners',
  'reporter-articles',
  'reporter-roles',
  'reporter-towns',
  'reporter-coauthors',
  'campaign-towns',
  'campaign-units',
  'campaign-co-mentioned-units',
  'campaign-events',
  'campaign-articles',
  'campaign-seen',
  'event-towns',
  'event-units',
  'event-campaigns',
  'event-article',
  'article-page',
  'article-reporters',
  'article-mentions',
  'article-events',
  'page-articles',
  'person-articles',
  'person-posts',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Lists with filters: `cypher/queries/list/<name>.cypher` and `<name>-count.cypher`. */
export const LISTS = {
  towns: ['nameContains', 'level', 'within'],
  units: ['nameContains', 'within', 'campaign'],
  campaigns: ['nameContains', 'within', 'unit', 'from', 'to'],
  reporters: ['nameContains', 'role', 'within'],
  events: ['from', 'to', 'within', 'campaign', 'unit', 'summaryContains'],
  articles: ['titleContains', 'textContains', 'kind', 'from', 'to', 'within', 'campaign', 'unit', 'reporter'],
  pages: ['paper', 'from', 'to', 'fileContains'],
} as const;
export type ListName = keyof typeof LISTS;

export interface ListQuery {
  filter: Record<string, unknown>;
  sort: string;
  desc: boolean;
  skip: number;
  first: number;
}

export interface CooccurrenceRow {
  node: GraphNode;
  count: number;
  shared: GraphNode[];
  articles?: number;
}

/** The keys ingest would give a node of `kind` written `name`. */
function candidateKeys(kind: NodeKind, name: string): string[] {
  switch (kind) {
    case 'Unit':
      return [unitKey(canonicalUnitName(name))];
    case 'Campaign':
      return [campaignKey(name)];
    case 'Reporter':
      return [reporterKey(name)];
    case 'Person':
      return [personKey(name)];
    case 'Town': {
      // `220300` or `220300000000` as published: the key of the town with that code.
      const code = storedTownCode(name);
      return [`town:${compact(name)}`, ...(code === null ? [] : [`town:${code}`])];
    }
    default:
      return [];
  }
}

/** How many namesakes the node-by-name files return at most. */
const MAX_NAMESAKES = 10;

/** Integers must reach Neo4j as integers (LIMIT refuses 5.0). */
const int = (n: number) => neo4j.int(Math.trunc(n));

interface RawItem {
  node?: unknown;
  count?: number | null;
  roles?: string[] | null;
  texts?: string[] | null;
  shared?: unknown[] | null;
  name?: string;
  first?: unknown;
  last?: unknown;
}

interface RawEdge {
  type: string;
  source: string;
  target: string;
  role: string | null;
  count: number | null;
  articles?: string[];
  pages?: string[];
}

function toEdge(raw: RawEdge): GraphEdge {
  return {
    id: edgeId(raw.type, raw.source, raw.target, raw.role ?? null),
    type: raw.type,
    source: raw.source,
    target: raw.target,
    role: raw.role ?? null,
    count: raw.count ?? null,
    articleIds: [...new Set(raw.articles ?? [])],
    pageIds: [...new Set(raw.pages ?? [])],
  };
}

/**
 * Every read the API makes of the graph. Each method is one round-trip running one
 * named Cypher file; relationship reads take many keys at once (DataLoader batches them).
 */
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  /** Nodes by id, in the order asked, null where none. */
  async nodesById(ids: readonly string[]): Promise<(GraphNode | null)[]> {
    const valid = [...new Set(ids.filter((id) => kindOfId(id) !== null))];
    const found = new Map<string, GraphNode & { elementId: string }>();
    if (valid.length > 0) {
      const rows = await this.repository.read<{ id: string; node: unknown; elementId: string }>(
        'queries/graph/nodes-by-id',
        { ids: valid },
      );
      for (const row of rows) found.set(row.id, { ...toNode(row.node), elementId: row.elementId });
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * The node of `kind` called `name` (name, else key or town code, else alias); null when
   * none. A name several nodes answer to equally is refused with their ids, never answered
   * by one of them.
   */
  async nodeByName(kind: NodeKind, name: string): Promise<(GraphNode & { elementId: string }) | null> {
    // One file per label: each is an index seek on the name, falling back to ids and aliases.
    const rows = await this.repository.read<{ node: unknown; elementId: string }>(
      `queries/graph/node-by-name/${kind.toLowerCase()}`,
      { name, keys: [name, ...candidateKeys(kind, name)] },
    );
    if (rows.length > 1) {
      const nodes = rows.map((row) => toNode(row.node));
      const listed = nodes.map((n) => `${n.id} (${labelOf(n)})`).join(', ');
      throw new UserInputError(
        `"${name}" names ${rows.length === MAX_NAMESAKES ? `${MAX_NAMESAKES} or more` : rows.length} ${kind}s: ${listed}; ask for one by its id`,
      );
    }
    const row = rows[0];
    return row ? { ...toNode(row.node), elementId: row.elementId } : null;
  }

  /** One relationship field for many nodes at once: items per key, in the order asked. */
  async related(
    relation: Relation,
    keys: readonly string[],
    limit: number,
    extra: Params = {},
  ): Promise<RelatedItem[][]> {
    const rows = await this.repository.read<{ key: string; items: RawItem[] }>(`queries/related/${relation}`, {
      ...extra,
      keys: [...keys],
      limit: int(limit),
    });
    const byKey = new Map(rows.map((row) => [row.key, row.items]));
    return keys.map((key) =>
      (byKey.get(key) ?? []).map((item) => ({
        node: item.node ? toNode(item.node) : (undefined as unknown as GraphNode),
        count: item.count ?? null,
        roles: item.roles ?? [],
        texts: item.texts ?? [],
        shared: (item.shared ?? []).map(toNode),
        name: item.name,
        first: item.first == null ? null : String(item.first),
        last: item.last == null ? null : String(item.last),
      })),
    );
  }

  async list(name: ListName, query: ListQuery): Promise<GraphNode[]> {
    const rows = await this.repository.read<{ node: unknown }>(`queries/list/${name}`, {
      ...this.filterParams(name, query.filter),
      sort: query.sort,
      desc: query.desc,
      skip: int(query.skip),
      first: int(query.first),
    });
    return rows.map((row) => toNode(row.node));
  }

  async count(name: ListName, filter: Record<string, unknown>): Promise<number> {
    const [row] = await this.repository.read<{ total: number }>(
      `queries/list/${name}-count`,
      this.filterParams(name, filter),
    );
    return row?.total ?? 0;
  }

  /** Every filter parameter the file expects, null where not given. */
  private filterParams(name: ListName, filter: Record<string, unknown>): Params {
    return Object.fromEntries(LISTS[name].map((key) => [key, filter[key] ?? null]));
  }

  /** Full-text hits for `query` (Lucene, escaped); a node named exactly `text` comes first. */
  async search(
    query: string,
    text: string,
    labels: NodeKind[] | null,
    first: number,
  ): Promise<{ node: GraphNode; score: number }[]> {
    const rows = await this.repository.read<{ node: unknown; score: number }>('queries/graph/search', {
      query,
      text: text.trim(),
      types: labels,
      first: int(first),
    });
    return rows.map((row) => ({ node: toNode(row.node), score: row.score }));
  }

  /**
   * Shortest paths between two nodes named by id; empty when either is missing or none is
   * short enough. Without `evidence`, edges of aggregated relationships come without their
   * article and page lists (which grow with the corpus).
   */
  async paths(fromId: string, toId: string, maxHops: number, first: number, evidence = true): Promise<GraphPath[]> {
    const rows = await this.repository.read<{ nodes: unknown[]; edges: RawEdge[] }>('queries/graph/path', {
      from: fromId,
      to: toId,
      maxHops: int(maxHops),
      first: int(first),
      evidence,
    });
    return rows.map((row) => ({ nodes: row.nodes.map(toNode), edges: row.edges.map(toEdge) }));
  }

  /** The subgraph around the node with this id; null when there is no such node. */
  async neighborhood(id: string, depth: number, limit: number, labels: NodeKind[] | null): Promise<Subgraph | null> {
    const [row] = await this.repository.read<{ nodes: unknown[]; edges: RawEdge[] }>('queries/graph/neighborhood', {
      node: id,
      depth: int(depth),
      limit: int(limit),
      types: labels,
    });
    if (!row) return null;
    const nodes = row.nodes.map(toNode);
    return { nodes, edges: row.edges.map(toEdge), truncated: nodes.length >= limit };
  }

  async timeline(
    elementId: string,
    from: string | null,
    to: string | null,
    first: number,
    subTowns: boolean,
  ): Promise<GraphNode[]> {
    const rows = await this.repository.read<{ node: unknown }>('queries/graph/timeline', {
      node: elementId,
      from,
      to,
      first: int(first),
      subTowns,
    });
    return rows.map((row) => toNode(row.node));
  }

  async cooccurrence(
    name: 'towns-sharing-campaigns' | 'units-sharing-campaigns' | 'campaign-spread',
    params: Params,
  ): Promise<CooccurrenceRow[]> {
    const ints = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? int(v) : v]));
    const rows = await this.repository.read<{ node: unknown; count: number; shared: unknown[]; articles?: number }>(
      `queries/graph/${name}`,
      ints,
    );
    return rows.map((row) => ({
      node: toNode(row.node),
      count: row.count,
      shared: row.shared.map(toNode),
      articles: row.articles,
    }));
  }
}
