/** This subgraph's name: the source of its outbox events (declared in @eco/kit's contracts/payments.ts). */
export const PAYMENTS_SOURCE = 'payments';
/** The subject of payment.captured and payment.refunded. */
export const PAYMENT_SUBJECT = 'Payment';
