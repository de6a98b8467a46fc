// The events connected to one node, in date order (undated last): held in a town or (with
// $subTowns, the API's default) a town inside it, organized by a unit, part of a campaign, reported in a reporter's
// articles, in articles mentioning a person, reported by an article, on a page.
// Params: $node (element id), $from / $to (ISO dates, null = open), $first, $subTowns.
MATCH (s) WHERE elementId(s) = $node
CALL (s) {
  MATCH (e:Event)-[:HELD_IN]->(:Town)-[:PART_OF*0..8]->(s) WHERE s:Town AND $subTowns RETURN e
  UNION
  MATCH (e:Event)-[:HELD_IN]->(s) WHERE s:Town AND NOT $subTowns RETURN e
  UNION
  MATCH (s)-[:ORGANIZED]->(e:Event) WHERE s:Unit RETURN e
  UNION
  MATCH (e:Event)-[:PART_OF]->(s) WHERE s:Campaign RETURN e
  UNION
  MATCH (s)-[:WROTE]->(:Article)-[:REPORTS]->(e:Event) WHERE s:Reporter RETURN e
  UNION
  MATCH (s)<-[:MENTIONS]-(:Article)-[:REPORTS]->(e:Event) WHERE s:Person RETURN e
  UNION
  MATCH (s)-[:REPORTS]->(e:Event) WHERE s:Article RETURN e
  UNION
  MATCH (s)<-[:ON_PAGE]-(:Article)-[:REPORTS]->(e:Event) WHERE s:Page RETURN e
  UNION
  MATCH (e:Event) WHERE e = s RETURN e
}
WITH e
WHERE ($from IS NULL OR e.date >= date($from)) AND ($to IS NULL OR e.date <= date($to))
RETURN e {.*, _label: 'Event'} AS node
ORDER BY e.date, e.key
LIMIT $first
