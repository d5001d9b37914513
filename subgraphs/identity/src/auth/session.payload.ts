import { UserError } from '@eco/kit';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export class RevokeSessionPayload {
  @Field(() => ID, { nullable: true })
  revokedSessionId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeOtherSessionsPayload {
  @Field(() => [ID], { description: 'Every session ended; the one making the request stays.' })
  revokedSessionIds!: string[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}
