import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { KindergartenApplicationObject } from './kindergarten-application.type';
import type { KindergartenApplicationRow } from './kindergarten-applications.service';

/** Every kindergarten-application mutation answers with the application as it is now. */
@ObjectType()
export class KindergartenApplicationPayload {
  @Field(() => KindergartenApplicationObject, { nullable: true })
  application!: KindergartenApplicationRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
