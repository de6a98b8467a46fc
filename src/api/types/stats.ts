import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes carry a label, or how many relationships have a type.' })
export class NameCount {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Size of the knowledge graph, read from Neo4j.' })
export class Stats {
  @Field(() => Int, { description: 'All nodes in the graph.' })
  nodes!: number;

  @Field(() => Int, { description: 'All relationships in the graph.' })
  relationships!: number;

  @Field(() => [NameCount], { description: 'Node count per label, by label name.' })
  labels!: NameCount[];

  @Field(() => [NameCount], { description: 'Relationship count per type, by type name.' })
  relationshipTypes!: NameCount[];
}
