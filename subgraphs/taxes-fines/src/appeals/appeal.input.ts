import { Field, ID, InputType } from 'type-graphql';
import { AppealDecision } from '../shared/enums';

@InputType()
export class AppealFineInput {
  @Field(() => ID)
  fineId!: string;

  @Field({ description: 'Why the fine is wrong (up to 10,000 characters).' })
  text!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Evidence: documents you uploaded beforehand (createUpload), each scanned clean; PDF, JPEG, PNG or HEIC; up to 20.',
  })
  evidenceDocumentIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Free-text references to evidence (up to 20).',
    deprecationReason: 'Upload the files and pass evidenceDocumentIds. Removal after 2027-06-01.',
  })
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
