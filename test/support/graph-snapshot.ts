import type { GraphRepository } from '../../src/db/graph-repository.js';

/** Neo4j values (dates) as plain JSON, keys sorted, so two snapshots compare with toEqual. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const ctor = (value as object).constructor?.name;
    if (ctor === 'Date' || ctor === 'DateTime' || ctor === 'LocalDateTime') return String(value);
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, plain(v)]),
    );
  }
  return value;
}

/** Aggregated relationships list their evidence in arrival order; a snapshot sorts the entries. */
function sortedEvidence(props: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(props.pages)) return props;
  const n = (props.pages as unknown[]).length;
  const entries = Array.from({ length: n }, (_, i) =>
    ['pages', 'articles', 'starts', 'ends'].map((k) => (props[k] as unknown[])[i]),
  ).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    ...props,
    pages: entries.map((e) => e[0]),
    articles: entries.map((e) => e[1]),
    starts: entries.map((e) => e[2]),
    ends: entries.map((e) => e[3]),
  };
}

export interface Snapshot {
  nodes: Map<string, { label: string; props: unknown }>;
  relationships: Map<string, unknown>;
}

/** The whole graph, nodes by key and relationships by (from, type, to, role): for small test graphs. */
export async function graphSnapshot(repository: GraphRepository): Promise<Snapshot> {
  const nodes = new Map<string, { label: string; props: unknown }>();
  for (const row of await repository.read<{ label: string; key: string; props: Record<string, unknown> }>(
    'queries/graph-snapshot-nodes',
  )) {
    nodes.set(row.key, { label: row.label, props: plain(row.props) });
  }
  const relationships = new Map<string, unknown>();
  for (const row of await repository.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'queries/graph-snapshot-relationships',
  )) {
    const id = `${row.from} -${row.type}${row.props.role ? `:${String(row.props.role)}` : ''}-> ${row.to}`;
    relationships.set(id, plain(sortedEvidence(row.props)));
  }
  return { nodes, relationships };
}

/** Label → count and type → count. */
export async function countsOf(repository: GraphRepository): Promise<Record<string, number>> {
  const rows = await repository.read<{ kind: string; name: string; count: number }>('queries/label-counts');
  return Object.fromEntries(rows.map((r) => [`${r.kind === 'label' ? '' : ':'}${r.name}`, r.count]));
}
