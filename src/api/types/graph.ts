import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Article, Campaign, Page, Town, Unit } from './entities.js';
import { Node, NodeType } from './node.js';

@ObjectType({ description: 'A relationship on a path, with the articles behind it.' })
export class PathEdge {
  @Field(() => ID, { description: 'source-[TYPE(:role)]->target' }) id!: string;
  @Field(() => String, { description: 'Relationship type: MENTIONS, PART_OF, HELD_IN, BASED_IN, RUNS, WROTE…' })
  type!: string;
  @Field(() => ID, { description: 'Id of the start node (relationships have a direction).' }) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { nullable: true, description: 'WROTE: reporter, correspondent or photographer.' })
  role!: string | null;
  @Field(() => Int, { nullable: true, description: 'Evidence entries (aggregated) or mentions.' })
  count!: number | null;
  articleIds!: string[];
  pageIds!: string[];
}

@ObjectType({ description: 'Nodes in order from `from` to `to`, and the edges between consecutive nodes.' })
export class Path {
  @Field(() => Int, { description: 'Number of edges.' }) length!: number;
  @Field(() => [Node]) nodes!: Node[];
  @Field(() => [PathEdge]) edges!: PathEdge[];
}

@ObjectType({ description: 'A node ready for a graph-drawing library.' })
export class GraphNodeView {
  @Field(() => ID) id!: string;
  @Field(() => NodeType) type!: NodeType;
  @Field(() => String, { description: 'Name, title, summary or file.' }) label!: string;
  @Field(() => Node, { description: 'The node itself, for more fields.' }) node!: Node;
}

@ObjectType({ description: 'An edge ready for a graph-drawing library (direction: source → target).' })
export class GraphEdgeView {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => Int, { nullable: true }) count!: number | null;
}

@ObjectType({ description: 'A bounded subgraph: nodes and the relationships among them.' })
export class Subgraph {
  @Field(() => [GraphNodeView]) nodes!: GraphNodeView[];
  @Field(() => [GraphEdgeView]) edges!: GraphEdgeView[];
  @Field(() => Boolean, { description: 'True when `limit` stopped the walk before it reached `depth` everywhere.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A search result.' })
export class SearchHit {
  @Field(() => NodeType) type!: NodeType;
  @Field(() => Float, { description: 'Full-text relevance, higher is better.' }) score!: number;
  @Field(() => Node) node!: Node;
  @Field(() => SearchSnippet, {
    nullable: true,
    description: 'Where the words stand in the hit, to show with them marked; null when no field holds them whole.',
  })
  snippet!: SearchSnippet | null;
}

@ObjectType({ description: 'A stretch of text, with offsets in it.' })
export class TextRange {
  @Field(() => Int) start!: number;
  @Field(() => Int, { description: 'Exclusive.' }) end!: number;
}

@ObjectType({ description: "A stretch of a search hit's text around the words searched for." })
export class SearchSnippet {
  @Field(() => String, { description: 'name, title, subtitle or text (the story body).' }) field!: string;
  @Field(() => String, { description: 'Up to 90 characters of that field.' }) text!: string;
  @Field(() => [TextRange], { description: 'Each word searched for, as it stands in `text` (UTF-16 offsets).' })
  matches!: TextRange[];
}

@ObjectType({ description: 'A town that shares campaigns with the town asked about.' })
export class SharedCampaignsTown {
  @Field(() => Town) town!: Town;
  @Field(() => Int) count!: number;
  @Field(() => [Campaign]) campaigns!: Campaign[];
}

@ObjectType({ description: 'A unit that ran campaigns the unit asked about ran too.' })
export class SharedCampaignsUnit {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) count!: number;
  @Field(() => [Campaign]) campaigns!: Campaign[];
}

@ObjectType({ description: 'A campaign and the towns it was held in.' })
export class CampaignSpread {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => Int) townCount!: number;
  @Field(() => [Town]) towns!: Town[];
  @Field(() => Int, { description: 'Articles that mention it.' }) articleCount!: number;
}

@ObjectType({ description: 'What one ingested page changed in the graph.' })
export class IngestResult {
  @Field(() => String, { description: 'loaded, replaced (an older text of the same file) or unchanged.' })
  status!: string;
  @Field(() => String) file!: string;
  @Field(() => ID) pageId!: string;
  @Field(() => Page, { nullable: true }) page!: Page | null;
  @Field(() => String, { nullable: true, description: 'The file this content was already loaded as.' })
  sameAs!: string | null;
  @Field(() => Int) articles!: number;
  @Field(() => Int) events!: number;
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) nodesDeleted!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) relationshipsDeleted!: number;
  @Field(() => Int) propertiesSet!: number;
  @Field(() => [String]) warnings!: string[];
}

export { Article, Page };
