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
  liveFields: string[];
}

export function paymentCapturedOutboxEvent(facts: Omit<PaymentCapturedPayload, 'liveFields'>) {
  const payload: PaymentCapturedPayload = { ...facts, [LIVE_FIELDS]: [] };
  return newOutboxEvent({
    type: PAYMENT_CAPTURED_EVENT,
    subject: { type: PAYMENT_SUBJECT, id: facts.paymentId },
    audience: { userIds: [facts.payerId], departmentIds: [] },
    payload: { ...payload },
  });
}
