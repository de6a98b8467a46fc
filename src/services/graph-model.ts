/**
 * The shapes the API hands out, converted from what the Cypher files return: every node
 * is its properties plus `id` (= its key, stable across re-ingests) and `kind` (its label).
 */

export const NODE_KINDS = ['Town', 'Unit', 'Campaign', 'Reporter', 'Person', 'Event', 'Article', 'Page'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Key prefix → label: a node's id tells its label (keys carry it, see docs/graph-model.md). */
export const KIND_OF_PREFIX: Record<string, NodeKind> = {
  town: 'Town',
  unit: 'Unit',
  campaign: 'Campaign',
  reporter: 'Reporter',
  person: 'Person',
  event: 'Event',
  article: 'Article',
  page: 'Page',
};

export function kindOfId(id: string): NodeKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return KIND_OF_PREFIX[prefix] ?? null;
}

export interface GraphNode {
  id: string;
  /** The label (Article nodes have a property `kind` of their own: news, feature, photo). */
  type: NodeKind;
  key: string;
  name?: string;
  [property: string]: unknown;
}

/** A related node with what the relationship says about it (counts, roles, forms written…). */
export interface RelatedItem {
  node: GraphNode;
  count: number | null;
  roles: string[];
  texts: string[];
  shared: GraphNode[];
  /** Non-node items (reporter roles, first/last seen). */
  name?: string;
  first?: string | null;
  last?: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  count: number | null;
  articleIds: string[];
  pageIds: string[];
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Neo4j temporal values as ISO strings, everything else as it is. */
export function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor === 'Date' || ctor === 'DateTime' || ctor === 'LocalDateTime' || ctor === 'LocalTime' || ctor === 'Time') {
      return String(value);
    }
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export function toNode(raw: unknown): GraphNode {
  const { _label, ...props } = plain(raw) as Record<string, unknown>;
  const key = String(props.key);
  return { ...props, id: key, key, type: _label as NodeKind };
}

/** A short human label for drawing: name, title, summary or file. */
export function labelOf(node: GraphNode): string {
  const text = node.name ?? node.title ?? node.summary ?? node.file ?? node.id;
  return String(text);
}

export function edgeId(type: string, source: string, target: string, role: string | null): string {
  return `${source}-[${type}${role ? `:${role}` : ''}]->${target}`;
}
