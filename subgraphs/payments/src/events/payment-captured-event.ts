import { LIVE_FIELDS, newOutboxEvent } from '@eco/kit';

export const PAYMENTS_SOURCE = 'payments';
export const PAYMENT_CAPTURED_EVENT = 'payment.captured';
export const PAYMENT_SUBJECT = 'Payment';

/** Ids and amounts only: never card data. taxes-fines marks the source items PAID from it. */
export interface PaymentCapturedPayload {
  paymentId: string;
  invoiceId: string;
  source: string;
  sourceIds: string[];
  payerId: string;
  amountKopecks: number;
  capturedAt: string;
  /** Who paid (the payer) and the x-request-id of the payInvoice request: for the audit journal. */
  actorId: string | null;
  requestId: string | null;
  /** A sandbox (test) citizen's payment: TEST API keys' webhooks only. */
  sandbox: boolean;
  liveFields: string[];
}

export type PaymentCapturedFacts = Omit<PaymentCapturedPayload, 'liveFields' | 'actorId' | 'requestId'> & { actorId?: string | null; requestId?: string | null };

export function paymentCapturedOutboxEvent(facts: PaymentCapturedFacts) {
  const payload: PaymentCapturedPayload = { ...facts, actorId: facts.actorId ?? null, requestId: facts.requestId ?? null, [LIVE_FIELDS]: [] };
  return newOutboxEvent({
    type: PAYMENT_CAPTURED_EVENT,
    subject: { type: PAYMENT_SUBJECT, id: facts.paymentId },
    audience: { userIds: [facts.payerId], departmentIds: [] },
    payload: { ...payload },
  });
}
