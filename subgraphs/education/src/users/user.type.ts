import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's User, known here by its key; this subgraph adds the education applications. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
