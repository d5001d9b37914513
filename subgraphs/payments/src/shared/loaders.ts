import type { PaymentsContext } from '../context';
import type { InvoiceRow } from '../invoices/invoices.service';
import type { PaymentRow } from '../payments/payments.service';
import type { RefundRow } from '../refunds/refunds.service';

/** The request's loaders: rules, field resolvers and `__resolveReference` share them. */
export const invoiceLoader = (ctx: PaymentsContext) => ctx.loaders.get<string, InvoiceRow>('Invoice.byId', (ids) => ctx.services.invoices.byIds(ids));
export const paymentLoader = (ctx: PaymentsContext) => ctx.loaders.get<string, PaymentRow>('Payment.byId', (ids) => ctx.services.payments.byIds(ids));
export const invoicePaymentsLoader = (ctx: PaymentsContext) =>
  ctx.loaders.get<string, PaymentRow[]>('Invoice.payments', (ids) => ctx.services.payments.byInvoiceIds(ids));
export const paymentRefundsLoader = (ctx: PaymentsContext) =>
  ctx.loaders.get<string, RefundRow[]>('Payment.refunds', (ids) => ctx.services.refunds.byPaymentIds(ids));
/** Keys "FINE:<id>", "TAX:<id>", "STATE_FEE:<applicationId>". */
export const sourceInvoiceLoader = (ctx: PaymentsContext) =>
  ctx.loaders.get<string, InvoiceRow>('Invoice.bySource', (keys) => ctx.services.invoices.newestForSources(keys));

export function primeInvoice(ctx: PaymentsContext, row: InvoiceRow): InvoiceRow {
  invoiceLoader(ctx).clear(row.id).prime(row.id, row);
  return row;
}

export function primePayment(ctx: PaymentsContext, row: PaymentRow): PaymentRow {
  paymentLoader(ctx).clear(row.id).prime(row.id, row);
  invoiceLoader(ctx).clear(row.invoiceId);
  invoicePaymentsLoader(ctx).clear(row.invoiceId);
  paymentRefundsLoader(ctx).clear(row.id);
  return row;
}
