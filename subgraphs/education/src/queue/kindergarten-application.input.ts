import { DateScalar, PageArgs } from '@eco/kit';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { BenefitCategory } from '../shared/enums';

@InputType()
export class ApplyForKindergartenInput {
  @Field(() => ID, { description: 'One of your children (identity’s Child).' })
  childId!: string;

  @Field(() => [ID], { description: 'One to three kindergartens, first choice first.' })
  kindergartenIds!: string[];

  @Field(() => DateScalar)
  desiredStartDate!: Date;

  @Field(() => BenefitCategory, { defaultValue: BenefitCategory.NONE })
  benefitCategory!: BenefitCategory;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Your uploaded documents proving the benefit category (ids from the documents subgraph): each scanned clean, a PDF, JPEG or PNG; at most 5. A benefit category other than NONE needs at least one (or the deprecated benefitDocumentRef).',
  })
  benefitDocumentIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A free-text reference to the benefit document (before documents were uploads).',
    deprecationReason: 'A text is not a document the department can open. Use benefitDocumentIds. Removal after 2027-06-01',
  })
  benefitDocumentRef?: string | null;
}

@InputType()
export class KindergartenApplicationIdInput {
  @Field(() => ID)
  applicationId!: string;
}

@InputType()
export class OfferKindergartenPlaceInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => ID, { description: 'One of the application’s preferred kindergartens.' })
  kindergartenId!: string;
}

@ArgsType()
export class KindergartenGroupQueueArgs extends PageArgs {
  @Field(() => ID)
  groupId!: string;
}
