import DataLoader from 'dataloader';
import type { Params } from '../db/graph-repository.js';
import type { GraphNode, RelatedItem } from './graph-model.js';
import type { GraphService, Relation } from './graph-service.js';

/**
 * Per-request batching: every relationship field asked for many nodes of one level
 * (50 towns' campaigns) becomes one Cypher round-trip, not one per node. A new Loaders
 * is made for each request, so nothing is cached across requests.
 */
export class Loaders {
  private readonly relations = new Map<string, DataLoader<string, RelatedItem[]>>();
  readonly nodes: DataLoader<string, GraphNode | null>;

  constructor(private readonly graph: GraphService) {
    this.nodes = new DataLoader((ids) => graph.nodesById(ids), { maxBatchSize: 1000 });
  }

  /** Items of `relation` for the node `key`, at most `limit`; `extra` are further parameters (e.g. role). */
  related(relation: Relation, key: string, limit: number, extra: Params = {}): Promise<RelatedItem[]> {
    const id = `${relation}|${limit}|${JSON.stringify(extra)}`;
    let loader = this.relations.get(id);
    if (!loader) {
      loader = new DataLoader((keys) => this.graph.related(relation, keys, limit, extra), { maxBatchSize: 1000 });
      this.relations.set(id, loader);
    }
    return loader.load(key);
  }

  async relatedNodes(relation: Relation, key: string, limit: number, extra: Params = {}): Promise<GraphNode[]> {
    return (await this.related(relation, key, limit, extra)).map((item) => item.node);
  }

  async relatedNode(relation: Relation, key: string): Promise<GraphNode | null> {
    return (await this.related(relation, key, 1))[0]?.node ?? null;
  }
}
