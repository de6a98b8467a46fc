// Node counts per label and relationship counts per type, read from Neo4j's count
// store (constant time, however large the graph).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN
  [n IN data.nodes WHERE n.label IS NOT NULL AND n.count > 0 | {name: n.label, count: n.count}] AS labels,
  coalesce(head([n IN data.nodes WHERE n.label IS NULL | n.count]), 0) AS nodes,
  [r IN data.relationships
     WHERE r.relationshipType IS NOT NULL AND r.startLabel IS NULL AND r.endLabel IS NULL AND r.count > 0
     | {name: r.relationshipType, count: r.count}] AS relationshipTypes,
  coalesce(head([r IN data.relationships
     WHERE r.relationshipType IS NULL AND r.startLabel IS NULL AND r.endLabel IS NULL | r.count]), 0) AS relationships
