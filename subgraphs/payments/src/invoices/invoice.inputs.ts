import { UserError } from '@eco/kit';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { InvoiceSource, InvoiceStatus, PaymentMethod } from '../shared/enums';
import type { InvoiceRow } from './invoices.service';
import { InvoiceType } from './invoice.type';
import { PaymentType, RefundType } from '../payments/payment.type';
import type { PaymentRow } from '../payments/payments.service';
import type { RefundRow } from '../refunds/refunds.service';

@InputType()
export class InvoiceFilter {
  @Field(() => InvoiceStatus, { nullable: true })
  status?: InvoiceStatus | null;

  @Field(() => InvoiceSource, { nullable: true })
  source?: InvoiceSource | null;
}

@InputType()
export class CreateInvoiceInput {
  @Field(() => InvoiceSource, { description: 'FINE or TAX (state fees are invoiced automatically at submission).' })
  source!: InvoiceSource;

  @Field(() => [ID], { description: 'Your fines (or tax accruals) to pay at once; each must be payable.' })
  sourceIds!: string[];
}

@ObjectType()
export class CreateInvoicePayload {
  @Field(() => InvoiceType, { nullable: true })
  invoice!: InvoiceRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType({ description: 'Sandbox card details: see the test cards in the payments README. Only the last 4 digits and the brand are kept.' })
export class CardInput {
  @Field()
  testCardNumber!: string;

  @Field({ description: 'MM/YY' })
  expiry!: string;

  @Field()
  cvc!: string;
}

@InputType()
export class PayInvoiceInput {
  @Field(() => ID)
  invoiceId!: string;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field({ description: 'Your key for this payment attempt: a retry with the same key and request returns the original payment.' })
  idempotencyKey!: string;

  @Field(() => CardInput, { nullable: true, description: 'Required for CARD, refused otherwise.' })
  card?: CardInput | null;
}

@ObjectType()
export class PayInvoicePayload {
  @Field(() => PaymentType, {
    nullable: true,
    description: 'The payment: CAPTURED, or FAILED with its failureCode (a declined card leaves the invoice UNPAID). null when userErrors is not empty.',
  })
  payment!: PaymentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType()
export class RefundPaymentInput {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int)
  amountKopecks!: number;

  @Field(() => Int, { description: 'The refundable amount you saw; if it changed meanwhile the refund is refused (REFUNDABLE_AMOUNT_CONFLICT).' })
  expectedRefundableKopecks!: number;

  @Field()
  reason!: string;
}

@ObjectType()
export class RefundPaymentPayload {
  @Field(() => RefundType, { nullable: true })
  refund!: RefundRow | null;

  @Field(() => PaymentType, { nullable: true })
  payment!: PaymentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
