// Any nodes by id (= key; the prefix names the label, so each branch is one index seek).
// Params: $ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Town {key: id}) WHERE id STARTS WITH 'town:' RETURN n
  UNION ALL
  MATCH (n:Unit {key: id}) WHERE id STARTS WITH 'unit:' RETURN n
  UNION ALL
  MATCH (n:Campaign {key: id}) WHERE id STARTS WITH 'campaign:' RETURN n
  UNION ALL
  MATCH (n:Reporter {key: id}) WHERE id STARTS WITH 'reporter:' RETURN n
  UNION ALL
  MATCH (n:Person {key: id}) WHERE id STARTS WITH 'person:' RETURN n
  UNION ALL
  MATCH (n:Event {key: id}) WHERE id STARTS WITH 'event:' RETURN n
  UNION ALL
  MATCH (n:Article {key: id}) WHERE id STARTS WITH 'article:' RETURN n
  UNION ALL
  MATCH (n:Page {key: id}) WHERE id STARTS WITH 'page:' RETURN n
}
RETURN id, n {.*, _label: head(labels(n))} AS node, elementId(n) AS elementId
