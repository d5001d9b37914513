import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { SchoolEnrollmentObject } from './school.type';
import type { SchoolEnrollmentRow } from './school-enrollments.service';

@ObjectType()
export class SchoolEnrollmentPayload {
  @Field(() => SchoolEnrollmentObject, { nullable: true })
  enrollment!: SchoolEnrollmentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
