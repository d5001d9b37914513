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

  @Field(() => String, { nullable: true, description: 'Required for any category but NONE.' })
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
