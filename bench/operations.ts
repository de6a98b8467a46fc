import type { GraphRepository } from '../src/db/graph-repository.js';

/**
 * The operations the query bench measures, each asked four ways over the same graph:
 * OURS (our GraphQL API as it serves, read cache included), OURS-UNCACHED (the same
 * request with `Cache-Control: no-cache`, so every answer comes from Neo4j), the FLOOR (the
 * identical Cypher through neo4j-driver, no GraphQL; bench/floor/server.ts) and the PEER
 * (@neo4j/graphql over the same graph; bench/peer/). Parameters are chosen from the graph at
 * bench time (cypher/bench/*), never written here; every answer is normalised and checked,
 * so a fast wrong answer fails.
 */

export type Target = 'ours' | 'ours-uncached' | 'floor' | 'peer';
export const TARGETS: readonly Target[] = ['ours', 'ours-uncached', 'floor', 'peer'];

/** What a target speaks: both of ours send the same GraphQL. */
export type Protocol = Exclude<Target, 'ours-uncached'>;
export function protocolOf(target: Target): Protocol {
  return target === 'ours-uncached' ? 'ours' : target;
}

/** One-hop reads have a tighter latency target than walks (neighbourhood, path). */
export type OperationKind = 'one-hop' | 'walk' | 'search' | 'list';

export interface NamedNode {
  id: string;
  name: string;
}

export interface BenchParameters {
  /** The most mentioned town with campaigns held in it (unique name). */
  town: NamedNode;
  /** The most mentioned campaign held somewhere and run by a unit (unique name). */
  campaign: NamedNode;
  /** The reporter credited on the most articles. */
  reporter: NamedNode;
  /** A unit's full name, searched as text. */
  searchText: string;
  /** A village and a unit of another province, connected within `hops` relationships. */
  far: { from: NamedNode; to: NamedNode; hops: number };
}

export const NEIGHBORHOOD_DEPTH = 2;
export const NEIGHBORHOOD_LIMIT = 200;
export const PATH_MAX_HOPS = 8;
export const RELATED_FIRST = 20;
export const PAGE_SIZE = 20;
export const SEARCH_FIRST = 10;

/** Picks the parameters from the graph; throws when the graph lacks something an operation needs. */
export async function chooseParameters(repository: GraphRepository): Promise<BenchParameters> {
  const one = async <Row extends Record<string, unknown>>(name: string, params = {}): Promise<Row> => {
    const [row] = await repository.read<Row>(`bench/${name}`, params);
    if (!row) throw new Error(`bench parameters: cypher/bench/${name}.cypher found nothing in this graph`);
    return row;
  };
  type Named = { id: string; name: string };
  const town = await one<Named>('busiest-town');
  const campaign = await one<Named>('busiest-campaign');
  const reporter = await one<Named>('prolific-reporter');
  const search = await one<{ text: string }>('search-term');
  const far = await one<{
    fromId: string;
    fromName: string;
    toId: string;
    toName: string;
    hops: number;
  }>('far-pair', { maxHops: PATH_MAX_HOPS });
  return {
    town: { id: town.id, name: town.name },
    campaign: { id: campaign.id, name: campaign.name },
    reporter: { id: reporter.id, name: reporter.name },
    searchText: search.text,
    far: {
      from: { id: far.fromId, name: far.fromName },
      to: { id: far.toId, name: far.toName },
      hops: far.hops,
    },
  };
}

/** An HTTP request to one target: POST of a JSON body to a path of its base URL. */
export interface BenchRequest {
  path: string;
  body: Record<string, unknown>;
}

/** What every target's answer is reduced to before checking. */
export interface Answer {
  /** The named node the operation starts from (name), where there is one. */
  name?: string | null;
  /** The ids of the items listed (campaigns, towns, hits, path nodes, neighbourhood nodes…). */
  items: string[];
  /** A second list where the operation has one (units, articles, edges). */
  more?: string[];
  /** Counts attached to items (evidence / article counts), in item order. */
  counts?: number[];
  totalCount?: number;
}

export interface Operation {
  name: string;
  kind: OperationKind;
  /** What it asks, for the results table. */
  description: string;
  request(target: Protocol, p: BenchParameters): BenchRequest;
  /** Reads a target's JSON answer into the common shape (throws on errors or a wrong shape). */
  answer(target: Protocol, body: unknown): Answer;
  /** Problems with a (normalised) answer; empty when it is right. */
  check(answer: Answer, p: BenchParameters): string[];
}

const gql = (query: string, variables: Record<string, unknown>): BenchRequest => ({
  path: '/graphql',
  body: { query, variables },
});
const floor = (operation: string, params: Record<string, unknown>): BenchRequest => ({
  path: `/${operation}`,
  body: params,
});

type Json = Record<string, unknown>;

/** `data` of a GraphQL answer; throws with the first error message when there are errors. */
export function graphqlData(body: unknown): Json {
  const { data, errors } = (body ?? {}) as { data?: Json | null; errors?: { message: string }[] };
  if (errors?.length) throw new Error(`GraphQL error: ${errors[0]!.message}`);
  if (!data) throw new Error('GraphQL answer without data');
  return data;
}

const list = (value: unknown, what: string): Json[] => {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value as Json[];
};
const str = (value: unknown): string => String(value);
const num = (value: unknown): number => Number(value);

/** Problems common to every answer: items present, at most `max`, no duplicates where they must be unique. */
export function checkItems(items: string[], what: string, min: number, max: number): string[] {
  const problems: string[] = [];
  if (items.length < min) problems.push(`${what}: ${items.length} items, expected at least ${min}`);
  if (items.length > max) problems.push(`${what}: ${items.length} items, expected at most ${max}`);
  if (items.some((id) => !id || id === 'undefined' || id === 'null')) problems.push(`${what}: an item without id`);
  return problems;
}

const expectName = (answer: Answer, name: string, what: string): string[] =>
  answer.name === name ? [] : [`${what}: answered ${JSON.stringify(answer.name)}, expected ${JSON.stringify(name)}`];

const countsPositive = (answer: Answer, what: string): string[] =>
  (answer.counts ?? []).every((c) => Number.isInteger(c) && c > 0)
    ? []
    : [`${what}: a count is not a positive integer`];

export const OPERATIONS: Operation[] = [
  {
    name: 'town-campaigns',
    kind: 'one-hop',
    description: `town by name with its campaigns (first ${RELATED_FIRST}, with counts)`,
    request(target, p) {
      if (target === 'floor') return floor('town-campaigns', { name: p.town.name, first: RELATED_FIRST });
      if (target === 'peer') {
        return gql(
          `query Town($name: String!, $first: Int!) {
            towns(where: { name: { eq: $name } }, limit: 1) {
              key name level
              campaignsConnection(first: $first, sort: [{ edge: { count: DESC } }, { node: { name: ASC } }]) {
                edges { properties { count } node { key name } }
              }
            }
          }`,
          { name: p.town.name, first: RELATED_FIRST },
        );
      }
      return gql(
        `query Town($name: String!, $first: Int!) {
          town(name: $name) { id name level campaigns(first: $first, includeSubTowns: false) { count campaign { id name } } }
        }`,
        { name: p.town.name, first: RELATED_FIRST },
      );
    },
    answer(target, body) {
      if (target === 'floor') {
        const b = body as { town: Json; campaigns: Json[] };
        return {
          name: str(b.town.name),
          items: b.campaigns.map((c) => str((c.node as Json).key)),
          counts: b.campaigns.map((c) => num(c.count)),
        };
      }
      const data = graphqlData(body);
      if (target === 'peer') {
        const [town] = list(data.towns, 'towns');
        if (!town) return { name: null, items: [] };
        const edges = list((town.campaignsConnection as Json).edges, 'campaign edges');
        return {
          name: str(town.name),
          items: edges.map((e) => str((e.node as Json).key)),
          counts: edges.map((e) => num((e.properties as Json).count)),
        };
      }
      const town = data.town as Json | null;
      if (!town) return { name: null, items: [] };
      const campaigns = list(town.campaigns, 'campaigns');
      return {
        name: str(town.name),
        items: campaigns.map((c) => str((c.campaign as Json).id)),
        counts: campaigns.map((c) => num(c.count)),
      };
    },
    check(a, p) {
      return [
        ...expectName(a, p.town.name, 'town'),
        ...checkItems(a.items, 'campaigns', 1, RELATED_FIRST),
        ...countsPositive(a, 'campaigns'),
      ];
    },
  },
  {
    name: 'campaign-towns-units',
    kind: 'one-hop',
    description: `campaign by name with its towns and units (first ${RELATED_FIRST} each, with counts)`,
    request(target, p) {
      if (target === 'floor') return floor('campaign-towns-units', { name: p.campaign.name, first: RELATED_FIRST });
      if (target === 'peer') {
        return gql(
          `query Campaign($name: String!, $first: Int!) {
            campaigns(where: { name: { eq: $name } }, limit: 1) {
              key name
              townsConnection(first: $first, sort: [{ edge: { count: DESC } }, { node: { key: ASC } }]) {
                edges { properties { count } node { key name } }
              }
              unitsConnection(first: $first, sort: [{ edge: { count: DESC } }, { node: { name: ASC } }]) {
                edges { properties { count } node { key name } }
              }
            }
          }`,
          { name: p.campaign.name, first: RELATED_FIRST },
        );
      }
      return gql(
        `query Campaign($name: String!, $first: Int!) {
          campaign(name: $name) {
            id name
            towns(first: $first) { count town { id name } }
            units(first: $first) { count unit { id name } }
          }
        }`,
        { name: p.campaign.name, first: RELATED_FIRST },
      );
    },
    answer(target, body) {
      if (target === 'floor') {
        const b = body as { campaign: Json; towns: Json[]; units: Json[] };
        return {
          name: str(b.campaign.name),
          items: b.towns.map((t) => str((t.node as Json).key)),
          more: b.units.map((u) => str((u.node as Json).key)),
          counts: [...b.towns, ...b.units].map((x) => num(x.count)),
        };
      }
      const data = graphqlData(body);
      if (target === 'peer') {
        const [campaign] = list(data.campaigns, 'campaigns');
        if (!campaign) return { name: null, items: [] };
        const towns = list((campaign.townsConnection as Json).edges, 'town edges');
        const units = list((campaign.unitsConnection as Json).edges, 'unit edges');
        return {
          name: str(campaign.name),
          items: towns.map((e) => str((e.node as Json).key)),
          more: units.map((e) => str((e.node as Json).key)),
          counts: [...towns, ...units].map((e) => num((e.properties as Json).count)),
        };
      }
      const campaign = data.campaign as Json | null;
      if (!campaign) return { name: null, items: [] };
      const towns = list(campaign.towns, 'towns');
      const units = list(campaign.units, 'units');
      return {
        name: str(campaign.name),
        items: towns.map((t) => str((t.town as Json).id)),
        more: units.map((u) => str((u.unit as Json).id)),
        counts: [...towns, ...units].map((x) => num(x.count)),
      };
    },
    check(a, p) {
      return [
        ...expectName(a, p.campaign.name, 'campaign'),
        ...checkItems(a.items, 'towns', 1, RELATED_FIRST),
        ...checkItems(a.more ?? [], 'units', 1, RELATED_FIRST),
        ...countsPositive(a, 'towns and units'),
      ];
    },
  },
  {
    name: 'reporter-coverage',
    kind: 'one-hop',
    description: `reporter by name: towns covered (with article counts) and latest articles (first ${RELATED_FIRST} each)`,
    request(target, p) {
      if (target === 'floor') return floor('reporter-coverage', { name: p.reporter.name, first: RELATED_FIRST });
      if (target === 'peer') {
        return gql(
          `query Reporter($name: String!, $first: Int!) {
            reporters(where: { name: { eq: $name } }, limit: 1) {
              key name
              coverage(first: $first) { count town { key name } }
              articlesConnection(first: $first, sort: [{ node: { date: DESC } }, { node: { key: ASC } }]) {
                edges { properties { role } node { key title date } }
              }
            }
          }`,
          { name: p.reporter.name, first: RELATED_FIRST },
        );
      }
      return gql(
        `query Reporter($name: String!, $first: Int!) {
          reporter(name: $name) {
            id name
            towns(first: $first) { count town { id name } }
            articles(first: $first) { roles article { id title date } }
          }
        }`,
        { name: p.reporter.name, first: RELATED_FIRST },
      );
    },
    answer(target, body) {
      if (target === 'floor') {
        const b = body as { reporter: Json; towns: Json[]; articles: Json[] };
        return {
          name: str(b.reporter.name),
          items: b.towns.map((t) => str((t.node as Json).key)),
          more: b.articles.map((x) => str((x.node as Json).key)),
          counts: b.towns.map((t) => num(t.count)),
        };
      }
      const data = graphqlData(body);
      if (target === 'peer') {
        const [reporter] = list(data.reporters, 'reporters');
        if (!reporter) return { name: null, items: [] };
        const coverage = list(reporter.coverage, 'coverage');
        const articles = list((reporter.articlesConnection as Json).edges, 'article edges');
        return {
          name: str(reporter.name),
          items: coverage.map((c) => str((c.town as Json).key)),
          more: articles.map((e) => str((e.node as Json).key)),
          counts: coverage.map((c) => num(c.count)),
        };
      }
      const reporter = data.reporter as Json | null;
      if (!reporter) return { name: null, items: [] };
      const towns = list(reporter.towns, 'towns');
      const articles = list(reporter.articles, 'articles');
      return {
        name: str(reporter.name),
        items: towns.map((t) => str((t.town as Json).id)),
        more: articles.map((x) => str((x.article as Json).id)),
        counts: towns.map((t) => num(t.count)),
      };
    },
    check(a, p) {
      return [
        ...expectName(a, p.reporter.name, 'reporter'),
        ...checkItems(a.items, 'towns', 1, RELATED_FIRST),
        ...checkItems(a.more ?? [], 'articles', 1, RELATED_FIRST),
        ...countsPositive(a, 'towns'),
      ];
    },
  },
  {
    name: 'neighborhood',
    kind: 'walk',
    description: `neighbourhood of the busiest town, depth ${NEIGHBORHOOD_DEPTH}, limit ${NEIGHBORHOOD_LIMIT}`,
    request(target, p) {
      const args = { depth: NEIGHBORHOOD_DEPTH, limit: NEIGHBORHOOD_LIMIT };
      if (target === 'floor') return floor('neighborhood', { id: p.town.id, ...args });
      if (target === 'peer') {
        return gql(
          `query Neighborhood($node: String!, $depth: Int!, $limit: Int!) {
            neighborhood(node: $node, depth: $depth, limit: $limit) {
              nodes { id type label } edges { type source target }
            }
          }`,
          { node: p.town.id, ...args },
        );
      }
      return gql(
        `query Neighborhood($id: ID!, $depth: Int!, $limit: Int!) {
          neighborhood(of: { id: $id }, depth: $depth, limit: $limit) {
            truncated nodes { id type label } edges { id type source target }
          }
        }`,
        { id: p.town.id, ...args },
      );
    },
    answer(target, body) {
      const graph = target === 'floor' ? (body as Json) : (graphqlData(body).neighborhood as Json);
      if (!graph) return { items: [] };
      const nodes = list(graph.nodes, 'nodes');
      const edges = list(graph.edges, 'edges');
      return {
        name: target === 'floor' ? str((nodes[0] as Json).key) : str(nodes[0]?.id),
        items: nodes.map((n) => str(target === 'floor' ? n.key : n.id)),
        more: edges.map((e) => `${str(e.source)}>${str(e.target)}`),
      };
    },
    check(a, p) {
      const problems = checkItems(a.items, 'neighbourhood nodes', 2, NEIGHBORHOOD_LIMIT);
      if (a.name !== p.town.id) problems.push(`neighbourhood starts at ${a.name}, expected ${p.town.id}`);
      if (new Set(a.items).size !== a.items.length) problems.push('neighbourhood: a node twice');
      const ids = new Set(a.items);
      if ((a.more ?? []).length === 0) problems.push('neighbourhood: no edges');
      if ((a.more ?? []).some((e) => !e.split('>').every((end) => ids.has(end)))) {
        problems.push('neighbourhood: an edge ends outside the nodes');
      }
      return problems;
    },
  },
  {
    name: 'path',
    kind: 'walk',
    description: `shortest path from a village to a unit of another province (≤ ${PATH_MAX_HOPS} hops)`,
    request(target, p) {
      if (target === 'floor') {
        return floor('path', { from: p.far.from.id, to: p.far.to.id, maxHops: PATH_MAX_HOPS, first: 1 });
      }
      if (target === 'peer') {
        return gql(
          `query Path($from: String!, $to: String!, $maxHops: Int!) {
            path(from: $from, to: $to, maxHops: $maxHops, first: 1) { nodes { id type label } edges { type source target } }
          }`,
          { from: p.far.from.id, to: p.far.to.id, maxHops: PATH_MAX_HOPS },
        );
      }
      return gql(
        `query Path($from: ID!, $to: ID!, $maxHops: Int!) {
          path(from: { id: $from }, to: { id: $to }, maxHops: $maxHops, first: 1) {
            length nodes { id } edges { id type source target }
          }
        }`,
        { from: p.far.from.id, to: p.far.to.id, maxHops: PATH_MAX_HOPS },
      );
    },
    answer(target, body) {
      const paths = target === 'floor' ? list(body, 'paths') : list(graphqlData(body).path, 'paths');
      const [first] = paths;
      if (!first) return { items: [] };
      const nodes = list(first.nodes, 'path nodes');
      return {
        items: nodes.map((n) => str(target === 'floor' ? n.key : n.id)),
        more: list(first.edges, 'path edges').map((e) => `${str(e.source)}>${str(e.target)}`),
      };
    },
    check(a, p) {
      const problems = checkItems(a.items, 'path nodes', 3, PATH_MAX_HOPS + 1);
      if (a.items[0] !== p.far.from.id) problems.push(`path starts at ${a.items[0]}, expected ${p.far.from.id}`);
      if (a.items.at(-1) !== p.far.to.id) problems.push(`path ends at ${a.items.at(-1)}, expected ${p.far.to.id}`);
      if (a.items.length !== p.far.hops + 1) {
        problems.push(`path has ${a.items.length - 1} hops, the shortest has ${p.far.hops}`);
      }
      if ((a.more ?? []).length !== a.items.length - 1) problems.push('path: edges do not join its nodes');
      return problems;
    },
  },
  {
    name: 'search',
    kind: 'search',
    description: `full-text search for a unit's name (first ${SEARCH_FIRST})`,
    request(target, p) {
      if (target === 'floor') return floor('search', { text: p.searchText, first: SEARCH_FIRST });
      if (target === 'peer') {
        return gql(
          `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { id type name score } }`,
          { text: p.searchText, first: SEARCH_FIRST },
        );
      }
      return gql(
        `query Search($text: String!, $first: Int!) {
          search(text: $text, first: $first) {
            type score
            node { id ... on Unit { name } ... on Town { name } ... on Campaign { name } ... on Reporter { name } ... on Person { name } ... on Article { title } }
          }
        }`,
        { text: p.searchText, first: SEARCH_FIRST },
      );
    },
    answer(target, body) {
      if (target === 'floor') {
        const hits = list(body, 'hits');
        return {
          items: hits.map((h) => str((h.node as Json).key)),
          more: hits.map((h) => str((h.node as Json).name ?? (h.node as Json).title)),
        };
      }
      const hits = list(graphqlData(body).search, 'hits');
      if (target === 'peer') return { items: hits.map((h) => str(h.id)), more: hits.map((h) => str(h.name)) };
      return {
        items: hits.map((h) => str((h.node as Json).id)),
        more: hits.map((h) => str((h.node as Json).name ?? (h.node as Json).title)),
      };
    },
    check(a, p) {
      const problems = checkItems(a.items, 'hits', 1, SEARCH_FIRST);
      if (!(a.more ?? []).includes(p.searchText)) problems.push(`search: no hit named ${p.searchText}`);
      return problems;
    },
  },
  {
    name: 'articles-page',
    kind: 'list',
    description: `articles mentioning the busiest campaign, first page of ${PAGE_SIZE} by date, with totalCount`,
    request(target, p) {
      if (target === 'floor') return floor('articles-page', { campaign: p.campaign.name, first: PAGE_SIZE });
      if (target === 'peer') {
        return gql(
          `query Articles($campaign: String!, $first: Int!) {
            articlesConnection(
              where: { campaigns: { some: { name: { eq: $campaign } } } }
              sort: [{ date: ASC }, { key: ASC }]
              first: $first
            ) { totalCount edges { node { key title date } } pageInfo { hasNextPage endCursor } }
          }`,
          { campaign: p.campaign.name, first: PAGE_SIZE },
        );
      }
      return gql(
        `query Articles($campaign: String!, $first: Int!) {
          articles(filter: { campaign: $campaign }, first: $first) {
            totalCount nodes { id title date } pageInfo { hasNextPage endCursor }
          }
        }`,
        { campaign: p.campaign.name, first: PAGE_SIZE },
      );
    },
    answer(target, body) {
      if (target === 'floor') {
        const b = body as { nodes: Json[]; totalCount: number };
        return { items: b.nodes.map((n) => str((n.node as Json).key)), totalCount: num(b.totalCount) };
      }
      const data = graphqlData(body);
      if (target === 'peer') {
        const c = data.articlesConnection as Json;
        return {
          items: list(c.edges, 'edges').map((e) => str((e.node as Json).key)),
          totalCount: num(c.totalCount),
        };
      }
      const c = data.articles as Json;
      return { items: list(c.nodes, 'nodes').map((n) => str(n.id)), totalCount: num(c.totalCount) };
    },
    check(a) {
      const problems = checkItems(a.items, 'articles', 1, PAGE_SIZE);
      if (!Number.isInteger(a.totalCount) || (a.totalCount ?? 0) < a.items.length) {
        problems.push(`articles: totalCount ${a.totalCount} < ${a.items.length} items`);
      }
      if ((a.totalCount ?? 0) > PAGE_SIZE && a.items.length !== PAGE_SIZE) {
        problems.push(`articles: a full first page expected (${PAGE_SIZE}), got ${a.items.length}`);
      }
      return problems;
    },
  },
];

/** Checks one raw answer of `target`: problems, or an empty list when it is right. */
export function checkAnswer(operation: Operation, target: Target, body: unknown, p: BenchParameters): string[] {
  try {
    return operation.check(operation.answer(protocolOf(target), body), p).map((problem) => `${target}: ${problem}`);
  } catch (error) {
    return [`${target}: ${error instanceof Error ? error.message : String(error)}`];
  }
}
