import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's User, known here by its key; this subgraph adds `fines` and `taxes`. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
