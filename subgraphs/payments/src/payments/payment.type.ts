import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { PaymentMethod, PaymentStatus } from '../shared/enums';

@Directive('@key(fields: "id")')
@ObjectType('Payment', { description: 'One attempt to pay an invoice. Only its payer (and admins) can see it.' })
export class PaymentType {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => Int)
  amountKopecks!: number;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed or was cancelled: CARD_DECLINED, INSUFFICIENT_FUNDS, PROVIDER_ERROR, INVOICE_NOT_PAYABLE.',
  })
  failureCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Last 4 digits of the card (nothing more of it is stored).' })
  cardLast4!: string | null;

  @Field(() => String, { nullable: true, description: 'VISA, MASTERCARD, MIR or UNKNOWN.' })
  cardBrand!: string | null;

  @Field(() => Int, { description: 'Refunded so far, in kopecks.' })
  refundedKopecks!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  capturedAt!: Date | null;
}

@ObjectType('Refund', { description: 'A full or partial refund of a captured payment.' })
export class RefundType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  amountKopecks!: number;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('Receipt', { description: 'Proof of a captured payment; also at GET /receipts/<paymentId>.json and .html.' })
export class ReceiptType {
  @Field({ description: 'Receipt number, "<year>-<sequence>".' })
  number!: string;

  @Field({ description: 'When the money was taken (UTC).' })
  issuedAt!: Date;

  @Field(() => Int)
  amountKopecks!: number;

  @Field()
  uin!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => String, { nullable: true })
  cardBrand!: string | null;

  @Field(() => String, { nullable: true })
  cardLast4!: string | null;
}
