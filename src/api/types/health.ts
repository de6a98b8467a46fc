import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The database behind the API.' })
export class DatabaseHealth {
  @Field(() => Boolean)
  reachable!: boolean;

  @Field(() => String, { nullable: true, description: 'Neo4j version, e.g. 5.26.30.' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'community or enterprise.' })
  edition!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the database could not be reached.' })
  error!: string | null;
}

@ObjectType({ description: 'Whether the service can answer queries.' })
export class Health {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => DatabaseHealth)
  database!: DatabaseHealth;
}
