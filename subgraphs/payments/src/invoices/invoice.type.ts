import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { InvoiceSource, InvoiceStatus } from '../shared/enums';

@Directive('@key(fields: "id")')
@ObjectType('Invoice', { description: 'An invoice (начисление) to pay: a state fee, fines or taxes. Only its payer (and admins) can see it.' })
export class InvoiceType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Treasury UIN (УИН): 20 digits with a valid control digit.' })
  uin!: string;

  @Field(() => Int, { description: 'Amount to pay, in kopecks.' })
  amountKopecks!: number;

  @Field(() => InvoiceSource)
  source!: InvoiceSource;

  @Field(() => [ID], { description: 'What it pays for: fine / tax accrual ids, or the application id for a state fee.' })
  sourceIds!: string[];

  @Field({ description: 'Pay by this time (UTC); afterwards the invoice expires.' })
  dueDate!: Date;

  @Field(() => InvoiceStatus)
  status!: InvoiceStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  paidAt!: Date | null;
}

export const InvoiceConnection = ConnectionType('Invoice', InvoiceType);
