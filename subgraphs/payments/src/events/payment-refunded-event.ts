import { LIVE_FIELDS, newOutboxEvent } from '@eco/kit';
import { PAYMENT_SUBJECT } from './payment-captured-event';

export const PAYMENT_REFUNDED_EVENT = 'payment.refunded';

/** Ids and amounts only. Told to the payer; the audit journal records who refunded, in which request. */
export interface PaymentRefundedPayload {
  refundId: string;
  paymentId: string;
  invoiceId: string;
  amountKopecks: number;
  /** The administrator who made the refund. */
  actorId: string | null;
  requestId: string | null;
  at: string;
  /** A refund of a sandbox (test) citizen's payment: TEST API keys' webhooks only. */
  sandbox: boolean;
  liveFields: string[];
}

export function paymentRefundedOutboxEvent(facts: Omit<PaymentRefundedPayload, 'liveFields'> & { payerId: string }) {
  const { payerId, ...rest } = facts;
  const payload: PaymentRefundedPayload = { ...rest, [LIVE_FIELDS]: [] };
  return newOutboxEvent({
    type: PAYMENT_REFUNDED_EVENT,
    subject: { type: PAYMENT_SUBJECT, id: facts.paymentId },
    audience: { userIds: [payerId], departmentIds: [] },
    payload: { ...payload },
  });
}
