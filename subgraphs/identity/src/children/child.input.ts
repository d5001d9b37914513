import { DateScalar } from '@eco/kit';
import { Field, ID, InputType } from 'type-graphql';
import { SexEnum } from './child.type';

@InputType()
export class BirthCertificateInput {
  @Field({ description: 'Roman numeral and two Cyrillic letters: "IV-МЮ" (case, dashes and Latin lookalikes are corrected).' })
  series!: string;

  @Field({ description: 'Six digits.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: Date;
}

@InputType()
export class AddChildInput {
  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  middleName?: string | null;

  @Field(() => DateScalar)
  birthDate!: Date;

  @Field(() => SexEnum)
  sex!: SexEnum;

  @Field(() => BirthCertificateInput)
  birthCertificate!: BirthCertificateInput;
}

@InputType()
export class RemoveChildInput {
  @Field(() => ID)
  childId!: string;
}
