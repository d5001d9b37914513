import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The catalog's Service, known here by its key; this subgraph adds `stats`. */
@Directive('@key(fields: "id")')
@ObjectType('Service')
export class ServiceRef {
  @Field(() => ID)
  id!: string;
}
