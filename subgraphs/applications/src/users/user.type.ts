import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * identity's User, known here by its key; this subgraph adds `applications` ("Мои заявления",
 * users/user-applications.resolver.ts). Applicants, assignees and actors are such references.
 */
@Directive('@key(fields: "id")')
@ObjectType('User')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
