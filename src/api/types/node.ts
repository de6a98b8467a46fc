import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';
import type { GraphNode } from '../../services/graph-model.js';

export enum NodeType {
  TOWN = 'Town',
  UNIT = 'Unit',
  CAMPAIGN = 'Campaign',
  REPORTER = 'Reporter',
  PERSON = 'Person',
  EVENT = 'Event',
  ARTICLE = 'Article',
  PAGE = 'Page',
}
registerEnumType(NodeType, { name: 'NodeType', description: 'The kinds of node in the graph (Neo4j labels).' });

@InterfaceType({
  description: 'Anything in the graph. `id` is stable: it is computed from the text again on every ingest.',
  resolveType: (value: GraphNode) => value.type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id, e.g. `town:220382` or `unit:双辽市财政局`; the prefix is the type.' })
  id!: string;
}
