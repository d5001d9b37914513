import { DateScalar } from '@eco/kit';
import { Field, InputType } from 'type-graphql';

@InputType()
export class SetSnilsInput {
  @Field({ description: 'SNILS as "112-233-445 95" or 11 digits.' })
  snils!: string;
}

@InputType()
export class SetInnInput {
  @Field({ description: "The person's 12-digit INN." })
  inn!: string;
}

@InputType()
export class PassportInput {
  @Field({ description: 'Four digits, "45 10" or "4510".' })
  series!: string;

  @Field({ description: 'Six digits.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: Date;

  @Field({ description: 'Issuing office code, "000-000".' })
  issuerCode!: string;

  @Field()
  issuedBy!: string;
}

@InputType()
export class SetPassportInput {
  @Field(() => PassportInput)
  passport!: PassportInput;
}

@InputType()
export class DriverLicenceInput {
  @Field({ description: 'Series and number: "99 99 123456", "9999 123456" or 10 digits.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: Date;

  @Field(() => DateScalar)
  expiryDate!: Date;

  @Field(() => [String], { description: 'Categories as printed: A, A1, B, B1, BE, C, C1, CE, C1E, D, D1, DE, D1E, M, Tm, Tb.' })
  categories!: string[];
}

@InputType()
export class SetDriverLicenceInput {
  @Field(() => DriverLicenceInput)
  driverLicence!: DriverLicenceInput;
}
