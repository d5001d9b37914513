import { DateScalar } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Internal passport of the Russian Federation.' })
export class Passport {
  @Field({ description: 'Four digits, e.g. "4510"; masked ("45**") unless the viewer is the owner.' })
  series!: string;

  @Field({ description: 'Six digits; masked ("****89") unless the viewer is the owner.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: string;

  @Field({ description: 'Issuing office code, "000-000".' })
  issuerCode!: string;

  @Field()
  issuedBy!: string;
}

@ObjectType({ description: "Russian driver's licence." })
export class DriverLicence {
  @Field({ description: 'Series and number, "99 99 123456"; masked ("** ** **3456") unless the viewer is the owner.' })
  number!: string;

  @Field(() => DateScalar)
  issueDate!: string;

  @Field(() => DateScalar)
  expiryDate!: string;

  @Field(() => [String], { description: 'Categories as printed, e.g. ["B", "C1E"].' })
  categories!: string[];
}

@ObjectType({ description: "A user's identity documents: in full for the owner, masked for administrators." })
export class IdentityDocuments {
  @Field({ description: 'True when numbers are masked because the viewer is not the owner.' })
  masked!: boolean;

  @Field(() => String, { nullable: true, description: 'SNILS, "112-233-445 95".' })
  snils!: string | null;

  @Field(() => String, { nullable: true, description: "The person's 12-digit INN." })
  inn!: string | null;

  @Field(() => Passport, { nullable: true })
  passport!: Passport | null;

  @Field(() => DriverLicence, { nullable: true })
  driverLicence!: DriverLicence | null;
}
