import { on, paymentCaptured, paymentRefunded, type EventSubscription } from '@eco/kit';
import { ActorType } from '../shared/enums';
import type { AuditEventHandler } from './audit-event-handler';

/** payments' events (kit: contracts/payments.ts), the payment as subject, so its history reads in one filter. */
export function paymentsSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  return [
    on(paymentCaptured, (p, event) =>
      journal.record(event, {
        // The payer pays.
        actorId: p.actorId ?? p.payerId,
        actorType: ActorType.USER,
        requestId: p.requestId,
        occurredAt: p.capturedAt,
        details: { invoiceId: p.invoiceId, payerId: p.payerId, invoiceSource: p.source, sourceIds: p.sourceIds, amountKopecks: p.amountKopecks },
      }),
    ),
    on(paymentRefunded, (p, event) =>
      journal.record(event, {
        actorId: p.actorId,
        // Refunds are made by administrators (payments' refundPayment is ADMIN-only): staff.
        actorType: p.actorId ? ActorType.EMPLOYEE : ActorType.UNKNOWN,
        requestId: p.requestId,
        occurredAt: p.at,
        details: { refundId: p.refundId, invoiceId: p.invoiceId, amountKopecks: p.amountKopecks },
      }),
    ),
  ];
}
