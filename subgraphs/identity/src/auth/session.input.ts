import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class RevokeSessionInput {
  @Field(() => ID, { description: 'A session id from mySessions.' })
  sessionId!: string;
}
