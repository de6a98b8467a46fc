import type { GraphNode, Subgraph } from './types.js';

/** A TownLevel as a reader says it: COUNTY_CITY → county city. */
export const levelText = (level: unknown): string | null =>
  typeof level === 'string' ? level.toLowerCase().replace('_', ' ') : null;

/**
 * The page's only way to the data: the public GraphQL API at /graphql on the same
 * origin (POST with a JSON body, which Apollo's CSRF prevention accepts).
 */
export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`The API cannot be reached (${error instanceof Error ? error.message : String(error)})`);
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new ApiError(`The API answered ${response.status} with no data`);
  return body.data;
}

/** The schema's NodeType enum is upper case (TOWN); the page uses the label (Town). */
function apiTypes(types: string[] | null): string[] | null {
  return types ? types.map((t) => t.toUpperCase()) : null;
}

/** Enough of any node to draw it: its type, a label, and the dates the date filter reads. */
const NODE_FIELDS = `
  id
  __typename
  ... on Town { name level }
  ... on Unit { name }
  ... on Campaign { name firstSeen lastSeen }
  ... on Reporter { name }
  ... on Person { name }
  ... on Article { title date }
  ... on Event { summary date }
  ... on Page { file date }`;

interface RawNode {
  id: string;
  __typename: string;
  name?: string;
  level?: string | null;
  title?: string | null;
  summary?: string;
  file?: string;
  date?: string | null;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

function toGraphNode(raw: RawNode, label?: string): GraphNode {
  const dates =
    raw.date !== undefined ? { first: raw.date, last: raw.date } : { first: raw.firstSeen, last: raw.lastSeen };
  return {
    id: raw.id,
    type: raw.__typename,
    label: label ?? raw.name ?? raw.title ?? raw.summary ?? raw.file ?? raw.id,
    first: dates.first ?? null,
    last: dates.last ?? null,
  };
}

export interface SearchHit {
  id: string;
  type: string;
  label: string;
  /** A word of context: a town's level, an article's date. */
  detail: string | null;
}

export async function search(text: string, types: string[] | null, first = 12): Promise<SearchHit[]> {
  const data = await gql<{ search: { node: RawNode }[] }>(
    `query Search($text: String!, $types: [NodeType!], $first: Int!) {
      search(text: $text, types: $types, first: $first) { node { ${NODE_FIELDS} } }
    }`,
    { text, types: apiTypes(types), first },
  );
  return data.search.map(({ node }) => ({
    ...toGraphNode(node),
    detail: levelText(node.level) ?? node.date ?? null,
  }));
}

interface RawSubgraph {
  nodes: { id: string; label: string; node: RawNode }[];
  edges: { id: string; type: string; source: string; target: string }[];
  truncated: boolean;
}

export async function neighborhood(
  of: string,
  depth: number,
  limit: number,
  types: string[] | null,
): Promise<Subgraph> {
  const data = await gql<{ neighborhood: RawSubgraph }>(
    `query Neighborhood($of: ID!, $depth: Int!, $limit: Int!, $types: [NodeType!]) {
      neighborhood(of: { id: $of }, depth: $depth, limit: $limit, types: $types) {
        nodes { id label node { ${NODE_FIELDS} } }
        edges { id type source target }
        truncated
      }
    }`,
    { of, depth, limit, types: apiTypes(types) },
  );
  const { nodes, edges, truncated } = data.neighborhood;
  return { nodes: nodes.map((n) => toGraphNode(n.node, n.label)), edges, truncated };
}

export interface PathResult extends Subgraph {
  /** Per edge id, the titles of the articles that state it (provenance of each step). */
  evidence: Map<string, string[]>;
}

/** The shortest path between two nodes, or null when none is within maxHops. */
export async function shortestPath(from: string, to: string, maxHops: number): Promise<PathResult | null> {
  const data = await gql<{
    path: {
      nodes: RawNode[];
      edges: { id: string; type: string; source: string; target: string; articles: { title: string | null }[] }[];
    }[];
  }>(
    `query Path($from: ID!, $to: ID!, $maxHops: Int!) {
      path(from: { id: $from }, to: { id: $to }, maxHops: $maxHops, first: 1) {
        nodes { ${NODE_FIELDS} }
        edges { id type source target articles { title } }
      }
    }`,
    { from, to, maxHops },
  );
  const path = data.path[0];
  if (!path) return null;
  return {
    nodes: path.nodes.map((n) => toGraphNode(n)),
    edges: path.edges.map(({ id, type, source, target }) => ({ id, type, source, target })),
    truncated: false,
    evidence: new Map(path.edges.map((e) => [e.id, e.articles.map((a) => a.title ?? '(untitled)')])),
  };
}

export interface Stats {
  nodes: number;
  relationships: number;
}

export async function stats(): Promise<Stats> {
  const data = await gql<{ stats: Stats }>('{ stats { nodes relationships } }');
  return data.stats;
}

/** Where to start when the address names no node: the town the most articles mention. */
export async function busiestTown(): Promise<string | null> {
  const data = await gql<{ towns: { nodes: { id: string }[] } }>(
    '{ towns(sort: MENTIONS, desc: true, first: 1) { nodes { id } } }',
  );
  return data.towns.nodes[0]?.id ?? null;
}
