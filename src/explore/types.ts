/** The graph as the API's `neighborhood` and `path` queries return it. */
export interface GraphNode {
  id: string;
  /** The label: Town, Unit, Campaign, Reporter, Person, Event, Article, Page. */
  type: string;
  label: string;
  /** The dates the node spans (an article's or event's date; a campaign's first and last seen), ISO. */
  first?: string | null;
  last?: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when the API's node limit cut the walk short. */
  truncated?: boolean;
}

/** What the side panel shows of one node, gathered from the API's `node` query. */
export interface NodeDetails {
  id: string;
  type: string;
  label: string;
  /** Scalar fields worth reading (name, level, date …), in display order. */
  fields: [string, string][];
  /** Relationship counts by name (articles, events, units …). */
  counts: [string, number][];
  /** Where the node comes from: the articles, with the passage that names it. */
  sources: Source[];
}

export interface Source {
  articleId: string;
  title: string;
  date: string | null;
  snippet: string | null;
}
