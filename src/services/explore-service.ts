import { decodeCursor } from './cursor.js';
import { UserInputError } from './errors.js';
import { kindOfId, NODE_KINDS, type GraphNode, type GraphPath, type NodeKind, type Subgraph } from './graph-model.js';
import type { CooccurrenceRow, GraphService, ListName } from './graph-service.js';

export interface NodeRefInput {
  id?: string | null;
  type?: string | null;
  name?: string | null;
}

export interface ListRequest {
  filter?: object | null;
  sort: string;
  desc: boolean;
  first: number;
  after?: string | null;
}

export interface ListPage {
  items: GraphNode[];
  offset: number;
  hasNextPage: boolean;
}

const NAMED_KINDS: NodeKind[] = ['Town', 'Unit', 'Campaign', 'Reporter', 'Person'];

/** Filters that name a node (by id or name), and the kind of node each names. */
const FILTER_REFERENCES: ReadonlyArray<[string, NodeKind]> = [
  ['within', 'Town'],
  ['campaign', 'Campaign'],
  ['unit', 'Unit'],
  ['reporter', 'Reporter'],
];
/** Labels the full-text index covers. */
export const SEARCHABLE: NodeKind[] = ['Town', 'Unit', 'Campaign', 'Reporter', 'Person', 'Article'];

/** Lucene's special characters, escaped so user text is always searched as words. */
export function luceneQuery(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/([+\-&|!(){}[\]^"~*?:\\/])/g, '\\$1'))
    // AND/OR/NOT on their own are operators; quote them to search the word.
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? `"${w}"` : w));
  return words.join(' ');
}

/** A stretch of a hit's text around where the words searched for stand in it. */
export interface Snippet {
  /** Which field it is from: name, title, subtitle or text. */
  field: string;
  text: string;
  /** Where each word searched for stands in `text` (UTF-16 offsets, end exclusive). */
  matches: { start: number; end: number }[];
}

const SNIPPET_FIELDS = ['name', 'title', 'subtitle', 'text'] as const;
/** Characters kept on each side of the first match. */
const SNIPPET_REACH = 30;

/**
 * The first field of the hit that holds one of the words (white space ignored), cut to
 * the words' surroundings, with every match marked; null when none holds one (a hit on
 * a CJK bigram of a longer word).
 */
export function snippetOf(node: GraphNode, text: string): Snippet | null {
  const words = text.split(/\s+/u).filter((w) => w.length > 0);
  for (const field of SNIPPET_FIELDS) {
    const value = node[field];
    if (typeof value !== 'string') continue;
    const first = Math.min(...words.map((w) => value.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(first)) continue;
    const from = Math.max(0, first - SNIPPET_REACH);
    const to = Math.min(value.length, first + SNIPPET_REACH * 2);
    const cut = value.slice(from, to);
    const matches = words.flatMap((w) => occurrences(cut, w)).sort((a, b) => a.start - b.start);
    return { field, text: cut, matches };
  }
  return null;
}

/** Every place `word` stands in `text`, as written (no pattern syntax). */
function occurrences(text: string, word: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    out.push({ start: at, end: at + word.length });
  }
  return out;
}

/**
 * The API's read operations above single Cypher files: naming nodes by id or name,
 * pages and cursors, search text, paths, subgraphs, timelines and co-occurrence.
 */
export class ExploreService {
  constructor(private readonly graph: GraphService) {}

  /** The node a NodeRef names, with its element id for the walks that start from it. */
  async resolve(ref: NodeRefInput, what = 'node'): Promise<GraphNode & { elementId: string }> {
    if (ref.id) {
      if (!kindOfId(ref.id)) {
        throw new UserInputError(
          `${what}: "${ref.id}" is not an id (ids start with ${NODE_KINDS.map((k) => k.toLowerCase() + ':').join(', ')})`,
        );
      }
      const [node] = (await this.graph.nodesById([ref.id])) as ((GraphNode & { elementId: string }) | null)[];
      if (!node) throw new UserInputError(`${what}: no node with id "${ref.id}"`);
      return node;
    }
    if (!ref.type || !ref.name) throw new UserInputError(`${what}: give either id, or type and name`);
    if (!NAMED_KINDS.includes(ref.type as NodeKind)) {
      throw new UserInputError(`${what}: only ${NAMED_KINDS.join(', ')} can be named; use id for ${ref.type}`);
    }
    const node = await this.named(ref.type as NodeKind, ref.name, what);
    if (!node) throw new UserInputError(`${what}: no ${ref.type} called "${ref.name}"`);
    return node;
  }

  /** The node called `name`, or null; a name several nodes share fails as `what` (`from: "综治办" names 2 Units…`). */
  private async named(kind: NodeKind, name: string, what: string): Promise<(GraphNode & { elementId: string }) | null> {
    try {
      return await this.graph.nodeByName(kind, name);
    } catch (err) {
      throw err instanceof UserInputError ? new UserInputError(`${what}: ${err.message}`) : err;
    }
  }

  /** A lookup by name that answers null when nothing has it (and fails when several share it). */
  async byName(kind: NodeKind, name: string): Promise<GraphNode | null> {
    return this.graph.nodeByName(kind, name);
  }

  async list(name: ListName, request: ListRequest): Promise<ListPage> {
    let offset = 0;
    if (request.after) {
      const decoded = decodeCursor(request.after);
      if (decoded === null) throw new UserInputError(`after: "${request.after}" is not a cursor of this list`);
      offset = decoded + 1;
    }
    const filter = { ...(request.filter ?? {}) } as Record<string, unknown>;
    const rows = await this.graph.list(name, {
      filter,
      sort: request.sort,
      desc: request.desc,
      skip: offset,
      first: request.first + 1,
    });
    // An empty page may be a name that names nothing: say so rather than answer "none".
    if (rows.length === 0) await this.checkReferences(filter);
    return { items: rows.slice(0, request.first), offset, hasNextPage: rows.length > request.first };
  }

  async count(name: ListName, filter: object | null | undefined): Promise<number> {
    const given = { ...(filter ?? {}) } as Record<string, unknown>;
    const total = await this.graph.count(name, given);
    if (total === 0) await this.checkReferences(given);
    return total;
  }

  /** Fails with BAD_USER_INPUT when a filter names a node (`within: "无此镇"`) that does not exist. */
  private async checkReferences(filter: Record<string, unknown>): Promise<void> {
    for (const [key, kind] of FILTER_REFERENCES) {
      const ref = filter[key];
      if (typeof ref !== 'string') continue;
      const found = kindOfId(ref)
        ? (await this.graph.nodesById([ref]))[0]
        : await this.named(kind, ref, `filter.${key}`);
      if (!found) throw new UserInputError(`filter.${key}: no ${kind} called "${ref}"`);
    }
  }

  async search(text: string, types: NodeKind[] | null | undefined, first: number) {
    const query = luceneQuery(text);
    if (!query) throw new UserInputError('text: give at least one word to search for');
    const labels = types && types.length > 0 ? types : null;
    const hits = await this.graph.search(query, text, labels, first);
    return hits.map((hit) => ({ ...hit, snippet: snippetOf(hit.node, text) }));
  }

  /**
   * Shortest paths. Ends given by id go straight to the walk (one round trip); ends given by
   * name are looked up first. When the walk finds nothing, the ends are looked up to tell
   * "no such node" (an error) from "no path" (an empty list).
   */
  async paths(
    from: NodeRefInput,
    to: NodeRefInput,
    maxHops: number,
    first: number,
    evidence = true,
  ): Promise<GraphPath[]> {
    const [fromId, toId] = await Promise.all([this.idOf(from, 'from'), this.idOf(to, 'to')]);
    if (fromId !== toId) {
      const paths = await this.graph.paths(fromId, toId, maxHops, first, evidence);
      if (paths.length > 0) return paths;
    }
    const [a] = await Promise.all([this.resolve({ id: fromId }, 'from'), this.resolve({ id: toId }, 'to')]);
    return fromId === toId ? [{ nodes: [a], edges: [] }] : [];
  }

  /** The subgraph around a node: one round trip when it is given by id, two by name. */
  async neighborhood(
    of: NodeRefInput,
    depth: number,
    limit: number,
    types: NodeKind[] | null | undefined,
  ): Promise<Subgraph> {
    const id = await this.idOf(of, 'of');
    const graph = await this.graph.neighborhood(id, depth, limit, types && types.length > 0 ? types : null);
    if (graph) return graph;
    await this.resolve({ id }, 'of'); // throws: no node with that id
    return { nodes: [], edges: [], truncated: false };
  }

  /** The id a NodeRef names: as given (checked to be an id), or looked up by type and name. */
  private async idOf(ref: NodeRefInput, what: string): Promise<string> {
    if (ref.id && kindOfId(ref.id)) return ref.id;
    return (await this.resolve(ref, what)).id;
  }

  async timeline(
    of: NodeRefInput,
    from: string | null | undefined,
    to: string | null | undefined,
    first: number,
    subTowns = true,
  ) {
    const start = await this.resolve(of, 'of');
    return this.graph.timeline(start.elementId, from ?? null, to ?? null, first, subTowns);
  }

  async townsSharingCampaigns(of: NodeRefInput, first: number): Promise<CooccurrenceRow[]> {
    const town = await this.resolve(of, 'of');
    if (town.type !== 'Town') throw new UserInputError(`of: ${town.id} is a ${town.type}, not a Town`);
    return this.graph.cooccurrence('towns-sharing-campaigns', { id: town.id, first });
  }

  async unitsSharingCampaigns(of: NodeRefInput, first: number): Promise<CooccurrenceRow[]> {
    const unit = await this.resolve(of, 'of');
    if (unit.type !== 'Unit') throw new UserInputError(`of: ${unit.id} is a ${unit.type}, not a Unit`);
    return this.graph.cooccurrence('units-sharing-campaigns', { id: unit.id, first });
  }

  campaignSpread(minTowns: number, first: number): Promise<CooccurrenceRow[]> {
    return this.graph.cooccurrence('campaign-spread', { minTowns, first });
  }
}
