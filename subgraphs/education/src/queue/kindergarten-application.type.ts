import { ConnectionType, DateScalar } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BenefitCategory, KindergartenApplicationStatus } from '../shared/enums';

/** A queue entry; child, preferences, positions and the offer: kindergarten-application.resolver.ts. */
@Directive('@key(fields: "id")')
@ObjectType('KindergartenApplication', { description: 'A kindergarten queue entry (заявление в детский сад): for the parent and MINPROS employees.' })
export class KindergartenApplicationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { description: "The child's birth date as it was when the application was filed (age groups are matched on it)." })
  childBirthDate!: Date;

  @Field(() => DateScalar)
  desiredStartDate!: Date;

  @Field(() => BenefitCategory)
  benefitCategory!: BenefitCategory;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text reference to the document supporting the benefit category, as filed before documents were uploads.',
    deprecationReason: 'A text is not a document the department can open. Use benefitDocuments. Removal after 2027-06-01',
  })
  benefitDocumentRef!: string | null;

  @Field(() => KindergartenApplicationStatus)
  status!: KindergartenApplicationStatus;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  offeredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The parent must accept or decline before this moment.' })
  offerExpiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why DECLINED: PARENT or OFFER_EXPIRED.' })
  closedReason!: string | null;

  @Field()
  updatedAt!: Date;

  // Stored columns the field resolvers and rules read.
  benefitDocumentIds!: string[];
  parentId!: string;
  childId!: string;
  offeredKindergartenId!: string | null;
  offeredGroupId!: string | null;
}

@ObjectType('KindergartenPreference', { description: 'One of up to three preferred kindergartens, in the parent’s order.' })
export class KindergartenPreferenceObject {
  @Field(() => Int, { description: '1 = first choice.' })
  rank!: number;

  kindergartenId!: string;
  groupId!: string;
}

@ObjectType('KindergartenQueuePosition', { description: 'Where a QUEUED application stands in one kindergarten group’s queue.' })
export class KindergartenQueuePositionObject {
  @Field(() => Int, { description: 'The preference this position is for (1 = first choice).' })
  rank!: number;

  @Field(() => Int, { description: '1 = next to be offered a place.' })
  position!: number;

  @Field(() => Int, { description: 'Applications queued in this group.' })
  total!: number;

  kindergartenId!: string;
  groupId!: string;
}

@ObjectType('KindergartenApplicationConnection')
export class KindergartenApplicationConnection extends ConnectionType('KindergartenApplication', KindergartenApplicationObject) {}
