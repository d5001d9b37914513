import { Field, ID, InputType } from 'type-graphql';
import { AppealDecision } from '../shared/enums';

@InputType()
export class AppealFineInput {
  @Field(() => ID)
  fineId!: string;

  @Field({ description: 'Why the fine is wrong (up to 10,000 characters).' })
  text!: string;

  @Field(() => [String], { nullable: true, description: 'References to files uploaded beforehand (up to 20).' })
  attachmentRefs?: string[] | null;
}

@InputType()
export class StartAppealReviewInput {
  @Field(() => ID)
  appealId!: string;
}

@InputType()
export class ReviewAppealInput {
  @Field(() => ID)
  appealId!: string;

  @Field(() => AppealDecision)
  decision!: AppealDecision;

  @Field(() => String, { nullable: true, description: 'The reasons, shown to the appellant.' })
  comment?: string | null;
}
