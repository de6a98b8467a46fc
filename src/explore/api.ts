import type { NodeDetails, Subgraph } from './types.js';

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

const SUBGRAPH = 'nodes { id type label } edges { id type source target }';

export interface SearchHit {
  id: string;
  type: string;
  label: string;
}

export async function search(text: string, types: string[] | null, first = 12): Promise<SearchHit[]> {
  const data = await gql<{ search: SearchHit[] }>(
    `query Search($text: String!, $types: [String!], $first: Int) {
      search(text: $text, types: $types, first: $first) { id type label }
    }`,
    { text, types, first },
  );
  return data.search;
}

export async function neighborhood(
  of: string,
  depth: number,
  limit: number,
  types: string[] | null,
): Promise<Subgraph> {
  const data = await gql<{ neighborhood: Subgraph }>(
    `query Neighborhood($of: ID!, $depth: Int, $limit: Int, $types: [String!]) {
      neighborhood(of: $of, depth: $depth, limit: $limit, types: $types) { ${SUBGRAPH} }
    }`,
    { of, depth, limit, types },
  );
  return data.neighborhood;
}

/** The shortest path between two nodes, or null when none is within maxHops. */
export async function shortestPath(from: string, to: string, maxHops: number): Promise<Subgraph | null> {
  const data = await gql<{ path: Subgraph | null }>(
    `query Path($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) { ${SUBGRAPH} } }`,
    { from, to, maxHops },
  );
  return data.path;
}

export interface Stats {
  nodes: number;
  relationships: number;
}

export async function stats(): Promise<Stats> {
  const data = await gql<{ stats: Stats }>('{ stats { nodes relationships } }');
  return data.stats;
}

/** The side panel's view of a node; null when the id is unknown. */
export async function nodeDetails(id: string): Promise<NodeDetails | null> {
  // TODO: bind to the API's node(id) once it lands.
  void id;
  return null;
}
