import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';
import { TownLevel } from './town-level.js';
import type { StoredTownLevel } from '../../graph/town-levels.js';

@ObjectType({ implements: Node, description: 'A place: province, city, county, district, township, village…' })
export class Town extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Official division code as published, when resolved: six digits for a province, city or county (220300), nine for a town, township or subdistrict, twelve for a village or community. `town(name:)` takes these forms and the twelve-digit one of every level (220300000000).',
  })
  code!: string | null;
  @Field(() => TownLevel, { nullable: true, description: 'Its level; null when neither the data nor the name says.' })
  level!: StoredTownLevel | null;
  @Field(() => [String], { description: 'Other forms the pages use.' })
  aliases!: string[];
}

@ObjectType({ implements: Node, description: 'An organisation: bureau, party committee, company, police station…' })
export class Unit extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { description: 'The longest form seen.' }) name!: string;
  @Field(() => [String]) aliases!: string[];
}

@ObjectType({ implements: Node, description: 'A named campaign, slogan-activity or programme (“我为群众办实事”).' })
export class Campaign extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) aliases!: string[];
}

@ObjectType({ implements: Node, description: 'A person credited in a byline (reporter, correspondent, photographer).' })
export class Reporter extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
}

@ObjectType({ implements: Node, description: 'A person named in an article.' })
export class Person extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'An amount an event mentions, e.g. 1700余份.' })
export class Quantity {
  @Field(() => String) text!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
}

@ObjectType({ implements: Node, description: 'Something that happened, as one article reports it.' })
export class Event extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { nullable: true, description: 'ISO date to order by; null when the page gives no year.' })
  date!: string | null;
  @Field(() => String, {
    nullable: true,
    name: 'precision',
    description: 'day, month, month-day (the year is unknown), or approximate (近日: the page date, not stated).',
  })
  datePrecision!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The date as the text states it: YYYY-MM-DD, YYYY-MM, or --MM-DD when no year is printed anywhere on the page; null for 近日 and the like.',
  })
  statedDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The last day of a span of days (8月12日至14日 → its 14th), as an ISO date; null for one day.',
  })
  endDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'That last day as the text states it: YYYY-MM-DD, or --MM-DD when no year is known; null for one day.',
  })
  statedEndDate!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The venue the text names (在某某广场开展 → 某某广场), when it names one beyond a town.',
  })
  venue!: string | null;
  @Field(() => String) summary!: string;
}

@ObjectType({ implements: Node, description: 'A story on a page.' })
export class Article extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) subtitle!: string | null;
  @Field(() => String, { description: 'news, feature or photo.' }) kind!: string;
  @Field(() => String, { nullable: true, description: "ISO date (the page's)." }) date!: string | null;
  @Field(() => String, { nullable: true }) byline!: string | null;
  @Field(() => Int, { description: 'Position on the page, from 0.' }) index!: number;
  @Field(() => String, { description: 'The normalised body text.' }) text!: string;
}

@ObjectType({ implements: Node, description: 'One newspaper page (one loaded file).' })
export class Page extends Node {
  @Field(() => ID) declare id: string;
  @Field(() => String, { description: 'The file it was loaded from.' }) file!: string;
  @Field(() => String, { nullable: true }) paper!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) date!: string | null;
  @Field(() => String, { nullable: true, name: 'number', description: 'Page number as printed.' })
  pageNo!: string | null;
  @Field(() => String, { nullable: true }) section!: string | null;
  @Field(() => [String]) editors!: string[];
  @Field(() => [String]) proofreaders!: string[];
}
