import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import type { PaymentsContext } from './context';
import {
  ApplicationInvoiceResolver,
  FineInvoiceResolver,
  InvoiceResolver,
  TaxAccrualInvoiceResolver,
  UserInvoicesResolver,
} from './invoices/invoice.resolver';
import { PaymentResolver, ReceiptResolver } from './payments/payment.resolver';
import { permissions } from './permissions';
import { invoiceLoader, paymentLoader } from './shared/loaders';
import { ApplicationRef, FineRef, stubReference, TaxAccrualRef } from './shared/refs.type';

/** The payments subgraph schema; needs no database (print-sdl builds it too). */
export async function buildPaymentsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [InvoiceResolver, UserInvoicesResolver, FineInvoiceResolver, TaxAccrualInvoiceResolver, ApplicationInvoiceResolver, PaymentResolver, ReceiptResolver],
    // Reached only through _entities (the gateway), so nothing here returns them.
    orphanedTypes: [FineRef, TaxAccrualRef, ApplicationRef],
    referenceResolvers: {
      // Every field still obeys the Invoice / Payment rules (payer or admin).
      Invoice: { __resolveReference: (ref: { id: string }, ctx: PaymentsContext) => invoiceLoader(ctx).load(ref.id) },
      Payment: { __resolveReference: (ref: { id: string }, ctx: PaymentsContext) => paymentLoader(ctx).load(ref.id) },
      User: stubReference,
      Fine: stubReference,
      TaxAccrual: stubReference,
      Application: stubReference,
    },
    permissions,
    foreignEntities: ['User', 'Fine', 'TaxAccrual', 'Application'],
  });
}
