import { ConnectionType, DateScalar } from '@eco/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TaxType } from '../shared/enums';

/** A tax accrual (налоговое начисление) of an individual; readable only by its owner, also through `_entities`. */
@Directive('@key(fields: "id")')
@ObjectType('TaxAccrual', { description: 'A property, transport or land tax accrued to a person for a year.' })
export class TaxAccrualType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The payment document's UIN: the payment reference." })
  uin!: string;

  @Field(() => TaxType)
  type!: TaxType;

  @Field({ description: 'What is taxed: a cadastral number, or the vehicle (make, model, plate).' })
  object!: string;

  @Field(() => Int, { description: 'The tax period (year).' })
  period!: number;

  @Field(() => Float, { description: 'Cadastral value in rubles (PROPERTY, LAND) or engine power in hp (TRANSPORT).' })
  taxBase!: number;

  @Field(() => Float, { description: 'Percent of the base (PROPERTY, LAND) or rubles per hp (TRANSPORT).' })
  rate!: number;

  @Field(() => String, { nullable: true, description: 'The tax benefit (льгота) applied, if any.' })
  benefitApplied!: string | null;

  @Field(() => Int, { description: 'The accrued amount, in kopecks.' })
  amountKopecks!: number;

  @Field(() => DateScalar, { description: 'Due by this day: 1 December of the year after the period.' })
  dueDate!: Date;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;

  @Field(() => Int, { nullable: true })
  paidAmountKopecks!: number | null;

  ownerId!: string;
  state!: string;
}

@ObjectType('TaxAccrualConnection')
export class TaxAccrualConnection extends ConnectionType('TaxAccrual', TaxAccrualType) {}
