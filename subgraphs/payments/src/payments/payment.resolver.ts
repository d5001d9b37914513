import { LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context';
import { PayInvoiceInput, PayInvoicePayload, RefundPaymentInput, RefundPaymentPayload } from '../invoices/invoice.inputs';
import { InvoiceType } from '../invoices/invoice.type';
import type { InvoiceRow } from '../invoices/invoices.service';
import { receiptOf, type Receipt } from '../receipts/receipt';
import { refundableOf, type RefundRow } from '../refunds/refunds.service';
import { invoiceLoader, paymentLoader, paymentRefundsLoader, primePayment } from '../shared/loaders';
import { FAILURE_MESSAGES, userErrorsFor } from '../shared/problems';
import { UserRef } from '../shared/refs.type';
import { PaymentType, ReceiptType, RefundType } from './payment.type';
import type { PaymentRow } from './payments.service';

@Resolver(() => PaymentType)
export class PaymentResolver {
  @Query(() => PaymentType, { nullable: true, description: 'One payment, for its payer (or an admin); anyone else gets FORBIDDEN.' })
  payment(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<PaymentRow | null> {
    return paymentLoader(ctx).load(id);
  }

  @Mutation(() => PayInvoicePayload, {
    description:
      'Pays one of your invoices. Idempotent by idempotencyKey: the same key and request return the original payment; the same key with another request gives IDEMPOTENCY_KEY_REUSED.',
  })
  async payInvoice(@Arg('input') input: PayInvoiceInput, @Ctx() ctx: PaymentsContext): Promise<PayInvoicePayload> {
    const outcome = await ctx.services.payments.pay(ctx.viewer.userId as string, input, ctx.requestId);
    return outcome.ok
      ? { payment: primePayment(ctx, outcome.value), userErrors: [] }
      : { payment: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @Mutation(() => RefundPaymentPayload, { description: 'Full or partial refund of a captured payment (ADMIN).' })
  async refundPayment(@Arg('input') input: RefundPaymentInput, @Ctx() ctx: PaymentsContext): Promise<RefundPaymentPayload> {
    const outcome = await ctx.services.refunds.refund(ctx.viewer.userId as string, input, ctx.requestId);
    return outcome.ok
      ? { refund: outcome.value.refund, payment: primePayment(ctx, outcome.value.payment), userErrors: [] }
      : { refund: null, payment: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => InvoiceType)
  async invoice(@Root() payment: PaymentRow, @Ctx() ctx: PaymentsContext): Promise<InvoiceRow> {
    return (await invoiceLoader(ctx).load(payment.invoiceId)) as InvoiceRow;
  }

  @FieldResolver(() => UserRef)
  payer(@Root() payment: PaymentRow): UserRef {
    return { id: payment.payerId };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it failed, for the payer to read.' })
  failureMessage(@Root() payment: PaymentRow, @Ctx() ctx: PaymentsContext, @Arg('locale', () => LocaleArg, { nullable: true }) locale?: LocaleArg | null): string | null {
    const text = payment.failureCode ? FAILURE_MESSAGES[payment.failureCode] : undefined;
    return text ? text[resolveLocale(locale, ctx.locale)] : null;
  }

  @FieldResolver(() => Int, { description: 'What can still be refunded, in kopecks (0 unless CAPTURED).' })
  refundableKopecks(@Root() payment: PaymentRow): number {
    return refundableOf(payment);
  }

  @FieldResolver(() => [RefundType])
  async refunds(@Root() payment: PaymentRow, @Ctx() ctx: PaymentsContext): Promise<RefundRow[]> {
    return (await paymentRefundsLoader(ctx).load(payment.id)) ?? [];
  }

  @FieldResolver(() => ReceiptType, { nullable: true, description: 'The receipt, once the payment is captured.' })
  async receipt(@Root() payment: PaymentRow, @Ctx() ctx: PaymentsContext): Promise<Receipt | null> {
    const invoice = await invoiceLoader(ctx).load(payment.invoiceId);
    return invoice ? receiptOf(payment, invoice) : null;
  }
}

@Resolver(() => ReceiptType)
export class ReceiptResolver {
  @FieldResolver(() => UserRef)
  payer(@Root() receipt: Receipt): UserRef {
    return { id: receipt.payerId };
  }

  @FieldResolver(() => String)
  purpose(@Root() receipt: Receipt, @Ctx() ctx: PaymentsContext, @Arg('locale', () => LocaleArg, { nullable: true }) locale?: LocaleArg | null): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? receipt.purposeEn : receipt.purposeRu;
  }

  @FieldResolver(() => String, { description: 'Path of the printable receipt page on this subgraph (Authorization: Bearer required).' })
  htmlPath(@Root() receipt: Receipt): string {
    return `/receipts/${receipt.paymentId}.html`;
  }
}
