import { ConnectionType, DateScalar } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { SchoolEnrollmentBasis, SchoolEnrollmentStatus, SchoolPriorityRight } from '../shared/enums';

@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('School', { description: 'A school with the territory it serves and its first-grade places. Public.' })
export class SchoolObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  name!: string;

  @Field()
  regionCode!: string;

  @Field()
  district!: string;

  @Field()
  address!: string;

  @Field(() => [String], { description: 'Streets of the territory assigned to the school (закреплённая территория).' })
  territory!: string[];

  @Field(() => Int)
  firstGradePlaces!: number;

  enrolled!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('SchoolEnrollment', { description: 'A first-grade application: for the parent and MINPROS employees.' })
export class SchoolEnrollmentObject {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The year of the 1 September the child starts school.' })
  campaignYear!: number;

  @Field(() => DateScalar)
  childBirthDate!: Date;

  @Field(() => String, { nullable: true })
  registeredAddress!: string | null;

  @Field(() => SchoolPriorityRight, { nullable: true })
  priorityRight!: SchoolPriorityRight | null;

  @Field(() => SchoolEnrollmentBasis)
  basis!: SchoolEnrollmentBasis;

  @Field(() => SchoolEnrollmentStatus)
  status!: SchoolEnrollmentStatus;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  parentId!: string;
  childId!: string;
  schoolId!: string;
}

@ObjectType('SchoolConnection')
export class SchoolConnection extends ConnectionType('School', SchoolObject) {}

@ObjectType('SchoolEnrollmentConnection')
export class SchoolEnrollmentConnection extends ConnectionType('SchoolEnrollment', SchoolEnrollmentObject) {}
