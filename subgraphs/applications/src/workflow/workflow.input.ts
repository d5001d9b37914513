import { JSONObjectScalar } from '@eco/kit';
import { Field, ID, InputType } from 'type-graphql';
import { Priority } from '../shared/enums';

@InputType({ description: 'SUBMITTED → REGISTERED; the processing term starts now.' })
export class RegisterApplicationInput {
  @Field(() => ID)
  applicationId!: string;
}

@InputType({ description: 'REGISTERED → IN_PROGRESS.' })
export class StartProcessingInput {
  @Field(() => ID)
  applicationId!: string;
}

@InputType({ description: 'IN_PROGRESS → INFO_REQUESTED: ask the applicant for more.' })
export class RequestInformationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field({ description: 'What the applicant must provide (shown to them).' })
  comment!: string;
}

@InputType({ description: 'INFO_REQUESTED → IN_PROGRESS: the applicant answers.' })
export class ProvideInformationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field({ description: "The applicant's answer." })
  comment!: string;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      "Changes to the form as a JSON Merge Patch (RFC 7396: null removes a field); the result must validate. A document newly named in a file field must be one of your uploads, scanned clean and of a type the field accepts.",
  })
  formDataPatch?: Record<string, unknown> | null;
}

@InputType({ description: 'IN_PROGRESS → COMPLETED; the portal issues the signed result document with the decision on it.' })
export class CompleteApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The department's decision, printed on the signed result document (shown to the applicant). Required: a missing or blank one is the userError REQUIRED; at most 2000 characters.",
  })
  decision?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional reference to a result issued outside the portal (e.g. a paper certificate number).' })
  documentRef?: string | null;
}

@InputType({ description: 'IN_PROGRESS → REJECTED.' })
export class RejectApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field({ description: 'Why (shown to the applicant).' })
  reason!: string;
}

@InputType({ description: 'SUBMITTED or REGISTERED → WITHDRAWN, by the applicant.' })
export class WithdrawApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class AssignApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => ID, { nullable: true, description: 'The employee to assign; default: the caller.' })
  assigneeId?: string | null;
}

@InputType()
export class SetApplicationPriorityInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Priority)
  priority!: Priority;
}
