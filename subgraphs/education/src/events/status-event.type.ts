import { Field, ID, ObjectType } from 'type-graphql';
import { KindergartenApplicationStatus } from '../shared/enums';

@ObjectType('KindergartenApplicationStatusEvent', { description: "A kindergarten application's status changed (live, through the gateway)." })
export class KindergartenApplicationStatusEventObject {
  @Field(() => ID, { description: 'The event id (deliveries are idempotent by it).' })
  eventId!: string;

  @Field(() => KindergartenApplicationStatus, { nullable: true, description: 'null for the submission.' })
  from!: KindergartenApplicationStatus | null;

  @Field(() => KindergartenApplicationStatus)
  to!: KindergartenApplicationStatus;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: 'DECLINED: PARENT or OFFER_EXPIRED.' })
  reason!: string | null;

  // Read by the field resolver and the permission rule.
  applicationId!: string;
  parentId!: string;
}
