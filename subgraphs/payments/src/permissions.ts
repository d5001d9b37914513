import { allow, forbidden, hasRole, isAdmin, isAuthenticated, isCitizen, Role, rule, unauthenticated, type IRules } from '@eco/kit';
import type { PaymentsContext } from './context';

/**
 * Who may do what with money. Fallback is deny (kit): a field without a rule is closed.
 * Invoices and payments are their payer's alone (admins may read them, to handle refunds);
 * that holds for every field, also when they come through `_entities`.
 * Every rule is `no_cache`: shield's contextual cache would answer for the first list item for all.
 */
const isPayerOrAdmin = rule('isPayerOrAdmin', { cache: 'no_cache' })((row: { payerId: string }, _args, ctx: PaymentsContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  if (row.payerId === ctx.viewer.userId || hasRole(ctx.viewer, Role.ADMIN)) return true;
  return forbidden('Only the payer can see this');
});

/** "Мои начисления" of a user reference: only the user themself. */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: PaymentsContext) => {
  if (!ctx.viewer.userId) return unauthenticated();
  return ctx.viewer.userId === user.id ? true : forbidden('Only the user themself can list their invoices');
});

export const permissions: IRules = {
  Query: { invoice: isAuthenticated, payment: isAuthenticated },
  Mutation: { createInvoice: isCitizen, payInvoice: isCitizen, refundPayment: isAdmin },
  Invoice: { '*': isPayerOrAdmin },
  Payment: { '*': isPayerOrAdmin },
  // Reachable only through Payment.receipt / Payment.refunds / the admin's refund payload.
  Receipt: allow,
  Refund: allow,
  InvoiceConnection: allow,
  InvoiceEdge: allow,
  User: { id: allow, invoices: isSelf },
  // The resolvers return only the viewer's own invoice (null otherwise).
  Fine: { id: allow, invoice: isAuthenticated },
  TaxAccrual: { id: allow, invoice: isAuthenticated },
  Application: { id: allow, invoice: isAuthenticated },
  CreateInvoicePayload: allow,
  PayInvoicePayload: allow,
  RefundPaymentPayload: allow,
};
