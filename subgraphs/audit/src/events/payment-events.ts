import type { FeedEvent } from '@eco/kit';
import { ActorType } from '../shared/enums';
import { ignored, malformed, recorded, type EventReading } from './audit-record';
import { isKopecks, isObject, isoMoment, isTypeName, isUuidText, optionalId, optionalRequestId } from './event-fields';

export const PAYMENTS_SOURCE = 'payments';
export const PAYMENT_CAPTURED_EVENT = 'payment.captured';
export const PAYMENT_REFUNDED_EVENT = 'payment.refunded';

/** Both are journalled with the payment as subject, so a payment's history reads in one filter. */
export function readPaymentEvent(event: FeedEvent): EventReading {
  if (event.type !== PAYMENT_CAPTURED_EVENT && event.type !== PAYMENT_REFUNDED_EVENT) return ignored();
  if (event.source !== PAYMENTS_SOURCE) return malformed(`payment events come from payments, not ${event.source}`);
  if (!isUuidText(event.id)) return malformed('event id');
  const p = event.payload as unknown;
  if (!isObject(p)) return malformed('payload');
  if (!isUuidText(p.paymentId) || !isUuidText(p.invoiceId)) return malformed('paymentId/invoiceId');
  if (!isKopecks(p.amountKopecks)) return malformed('amountKopecks');
  const requestId = optionalRequestId(p.requestId);
  if (requestId === undefined) return malformed('requestId');
  const actorId = optionalId(p.actorId);
  if (actorId === undefined) return malformed('actorId');

  if (event.type === PAYMENT_CAPTURED_EVENT) {
    // The payer pays; events from before actorId existed name only the payer.
    if (!isUuidText(p.payerId) || !isTypeName(p.source)) return malformed('payerId/source');
    if (!Array.isArray(p.sourceIds) || !p.sourceIds.every(isUuidText)) return malformed('sourceIds');
    const occurredAt = isoMoment(p.capturedAt);
    if (!occurredAt) return malformed('capturedAt');
    return recorded({
      eventId: event.id,
      source: event.source,
      action: PAYMENT_CAPTURED_EVENT,
      actorId: actorId ?? p.payerId,
      actorType: ActorType.USER,
      subjectType: 'Payment',
      subjectId: p.paymentId,
      requestId,
      occurredAt,
      details: { invoiceId: p.invoiceId, payerId: p.payerId, invoiceSource: p.source, sourceIds: p.sourceIds, amountKopecks: p.amountKopecks },
    });
  }

  if (!isUuidText(p.refundId)) return malformed('refundId');
  const occurredAt = isoMoment(p.at);
  if (!occurredAt) return malformed('at');
  return recorded({
    eventId: event.id,
    source: event.source,
    action: PAYMENT_REFUNDED_EVENT,
    actorId,
    // Refunds are made by administrators (payments' refundPayment is ADMIN-only): staff.
    actorType: actorId ? ActorType.EMPLOYEE : ActorType.UNKNOWN,
    subjectType: 'Payment',
    subjectId: p.paymentId,
    requestId,
    occurredAt,
    details: { refundId: p.refundId, invoiceId: p.invoiceId, amountKopecks: p.amountKopecks },
  });
}
