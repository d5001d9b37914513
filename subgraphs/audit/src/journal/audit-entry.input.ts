import { Field, ID, InputType } from 'type-graphql';

@InputType('AuditJournalFilter', { description: 'Every given condition must hold.' })
export class AuditJournalFilterInput {
  @Field(() => ID, { nullable: true, description: 'Who acted.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The kind of record acted on, e.g. 'Application'." })
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record acted on (with subjectType).' })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: "An action, or the beginning of one: 'security.' finds every security event." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The x-request-id of the request.' })
  requestId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Happened at or after this moment.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Happened at or before this moment.' })
  to?: Date | null;
}
