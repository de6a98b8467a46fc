import { Field, Int, ObjectType } from 'type-graphql';
import { Article, Campaign, Reporter, Town, Unit } from './entities.js';
import { Node } from './node.js';

@ObjectType({ description: 'A town with how many articles or evidence entries link it.' })
export class TownCount {
  @Field(() => Town) town!: Town;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A unit with how many articles or shared items link it.' })
export class UnitCount {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A campaign with how many articles or evidence entries link it.' })
export class CampaignCount {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A reporter with how many articles link them.' })
export class ReporterCount {
  @Field(() => Reporter) reporter!: Reporter;
  @Field(() => Int, { description: 'Articles in common.' }) count!: number;
}

@ObjectType({ description: 'A role a reporter was credited in, and on how many articles.' })
export class RoleCount {
  @Field(() => String, { description: 'reporter, correspondent or photographer.' }) role!: string;
  @Field(() => Int) articles!: number;
}

@ObjectType({ description: 'An article a reporter is credited on, with their roles on it.' })
export class Credit {
  @Field(() => Article) article!: Article;
  @Field(() => [String]) roles!: string[];
}

@ObjectType({ description: 'A person credited on an article, with their roles on it.' })
export class Byline {
  @Field(() => Reporter) reporter!: Reporter;
  @Field(() => [String]) roles!: string[];
}

@ObjectType({ description: 'An entity an article names, how often, and the forms written.' })
export class Mention {
  @Field(() => Node) node!: Node;
  @Field(() => Int) count!: number;
  @Field(() => [String]) texts!: string[];
}

@ObjectType({ description: 'A unit that worked with another: organized the same events or ran the same campaigns.' })
export class Partner {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Int, { description: 'Shared events + shared campaigns.' }) count!: number;
  @Field(() => [Campaign], { description: 'The campaigns both ran.' }) sharedCampaigns!: Campaign[];
}

@ObjectType({ description: 'A post a person holds, as one article writes it before the name (某镇党委书记某某).' })
export class PersonPost {
  @Field(() => String, { description: 'The post as written (书记, 镇长, 社区党委书记), without the unit.' })
  post!: string;
  @Field(() => Unit, { nullable: true, description: 'The unit written right before the post, when one is.' })
  unit!: Unit | null;
  @Field(() => Town, {
    nullable: true,
    description: 'The town written right before the post (某镇镇长), when one is and no unit.',
  })
  town!: Town | null;
  @Field(() => Article, { description: 'The article that says so.' }) article!: Article;
}
