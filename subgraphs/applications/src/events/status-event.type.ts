import { Field, ID, ObjectType } from 'type-graphql';
import { ApplicationStatus } from '../shared/enums';

@ObjectType('ApplicationStatusEvent', { description: "An application's status changed (live, through the gateway)." })
export class ApplicationStatusEventType {
  @Field(() => ID, { description: 'The event id (deliveries are idempotent by it).' })
  eventId!: string;

  @Field(() => ApplicationStatus, { nullable: true, description: 'null for the submission.' })
  from!: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  to!: ApplicationStatus;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  /** Read by the `application` field resolver. */
  applicationId!: string;
}

