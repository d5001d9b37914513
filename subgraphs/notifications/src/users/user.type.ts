import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** identity's User, known here by its key; notifications adds the user's notifications to it. */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
