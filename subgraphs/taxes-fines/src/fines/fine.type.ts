import { ConnectionType, DateScalar } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A GIBDD fine (постановление по делу об административном правонарушении). Resolvers return the
 * stored row; the terms computed from it and the clock (status, amountDue, discount…) are in
 * fine-fields.resolver.ts. Readable only by its owner, also through `_entities`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Fine', { description: 'A traffic-police (GIBDD) fine: the resolution, its amount and what is payable now.' })
export class FineType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The resolution's UIN (its number; GIBDD UINs begin with 188): the payment reference." })
  uin!: string;

  @Field({ description: 'KoAP RF article, e.g. "12.9".' })
  article!: string;

  @Field(() => String, { nullable: true, description: 'Part of the article, e.g. "2"; null for an article without parts.' })
  part!: string | null;

  @Field({ description: 'When the offence was recorded.' })
  offenceAt!: Date;

  @Field({ description: 'Where the offence was recorded (address or road and kilometre).' })
  offencePlace!: string;

  @Field({ description: 'The vehicle registration plate, e.g. "А123ВС77".' })
  vehiclePlate!: string;

  @Field(() => String, { nullable: true, description: 'The vehicle registration certificate (СТС) number, when the fine was found by it.' })
  registrationCertificate!: string | null;

  @Field(() => String, { nullable: true, description: "The driver's licence number (ten digits), when the driver was identified." })
  driverLicence!: string | null;

  @Field(() => DateScalar, { description: 'The day the resolution was made (Moscow calendar date); the discount counts from it.' })
  decisionDate!: Date;

  @Field(() => DateScalar, { description: 'The day the resolution entered into force; the 60 days to pay count from it.' })
  entryIntoForceDate!: Date;

  @Field(() => Int, { description: 'The full amount of the fine, in kopecks.' })
  amountKopecks!: number;

  @Field(() => Date, { nullable: true, description: 'When the payment was captured.' })
  paidAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'What was paid, in kopecks (half the fine when paid with the discount).' })
  paidAmountKopecks!: number | null;

  // Stored columns the field resolvers and rules read; not exposed under these names.
  ownerId!: string;
  paymentDueDate!: Date;
  state!: string;
}

@ObjectType('FineConnection')
export class FineConnection extends ConnectionType('Fine', FineType) {}
