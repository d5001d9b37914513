import { fineAppealDecided, fineAppealDocumentsAttached, fineAppealFiled, fineDiscountEnding, on, taxDueSoon, type EventSubscription } from '@eco/kit';
import { ActorType } from '../shared/enums';
import { journalDocumentsAttached } from './application-events';
import type { AuditEventHandler } from './audit-event-handler';
import { bySystem } from './audit-record';

/**
 * taxes-fines' events (kit: contracts/taxes-fines.ts): the reminders it sent, fine appeals filed
 * and decided, the appeals' evidence attached. Ids, dates, amounts and the outcome: never the
 * appeal's or the decision's text.
 */
export function taxesFinesSubscriptions(journal: AuditEventHandler): EventSubscription[] {
  return [
    on(fineDiscountEnding, (p, event) => journal.record(event, bySystem({ ownerId: p.ownerId, lastDay: p.lastDay, amountDue: p.amountDue }))),
    on(taxDueSoon, (p, event) => journal.record(event, bySystem({ ownerId: p.ownerId, dueDate: p.dueDate, daysBefore: p.daysBefore, amountDue: p.amountDue }))),
    on(fineAppealDocumentsAttached, (p, event) => journalDocumentsAttached(journal, p, event)),
    on(fineAppealFiled, (p, event) =>
      journal.record(event, {
        actorId: p.appellantId,
        actorType: ActorType.USER,
        requestId: null,
        occurredAt: p.at,
        details: { fineId: p.fineId, appellantId: p.appellantId, departmentId: p.departmentId },
      }),
    ),
    on(fineAppealDecided, (p, event) =>
      journal.record(event, {
        // The department's reviewer decided; the contract does not say which employee.
        actorId: null,
        actorType: ActorType.EMPLOYEE,
        requestId: null,
        occurredAt: p.at,
        details: { fineId: p.fineId, appellantId: p.appellantId, departmentId: p.departmentId, outcome: p.outcome, hasDecisionText: p.decisionText !== null },
      }),
    ),
  ];
}
