import { PageArgs } from '@eco/kit';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { SchoolEnrollmentDecision, SchoolEnrollmentStatus, SchoolPriorityRight } from '../shared/enums';

@InputType()
export class SchoolFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Only schools whose territory covers this address.' })
  address?: string | null;
}

@ArgsType()
export class SchoolsArgs extends PageArgs {
  @Field(() => SchoolFilter, { nullable: true })
  filter?: SchoolFilter | null;
}

@ArgsType()
export class SchoolEnrollmentQueueArgs extends PageArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => [SchoolEnrollmentStatus], { nullable: true, description: 'Default: SUBMITTED.' })
  status?: SchoolEnrollmentStatus[] | null;
}

@InputType()
export class ApplyForSchoolEnrollmentInput {
  @Field(() => ID)
  childId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, { nullable: true, description: "The child's registered address; on the school's territory it opens the first window." })
  registeredAddress?: string | null;

  @Field(() => SchoolPriorityRight, { nullable: true })
  priorityRight?: SchoolPriorityRight | null;
}

@InputType()
export class DecideSchoolEnrollmentInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => SchoolEnrollmentDecision)
  decision!: SchoolEnrollmentDecision;

  @Field(() => String, { nullable: true, description: 'Reasons (required in practice for a refusal), shown to the parent.' })
  comment?: string | null;
}
