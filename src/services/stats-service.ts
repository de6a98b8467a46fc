import type { GraphRepository } from '../db/graph-repository.js';

export interface NameCount {
  name: string;
  count: number;
}

export interface GraphStats {
  nodes: number;
  relationships: number;
  labels: NameCount[];
  relationshipTypes: NameCount[];
}

const byName = (a: NameCount, b: NameCount) => a.name.localeCompare(b.name);

/** How big the graph is: counts per label and relationship type. */
export class StatsService {
  constructor(private readonly repository: GraphRepository) {}

  async graphStats(): Promise<GraphStats> {
    const [row] = await this.repository.read<GraphStats>('queries/graph-counts');
    if (!row) return { nodes: 0, relationships: 0, labels: [], relationshipTypes: [] };
    return {
      nodes: row.nodes,
      relationships: row.relationships,
      labels: [...row.labels].sort(byName),
      relationshipTypes: [...row.relationshipTypes].sort(byName),
    };
  }
}
