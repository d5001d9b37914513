import type { EventSubscription, Logger } from '@eco/kit';
import type { AuditServices } from '../services';
import { applicationsSubscriptions } from './application-events';
import { AuditEventHandler } from './audit-event-handler';
import { documentsSubscriptions } from './document-events';
import { educationSubscriptions } from './education-events';
import { healthcareSubscriptions } from './healthcare-events';
import { paymentsSubscriptions } from './payment-events';
import { identitySubscriptions } from './security-events';
import { taxesFinesSubscriptions } from './taxes-fines-events';

/**
 * Every declared event of every department's producer, each made one journal entry (one file per
 * producer: what its events say of actor, subject, request and details). startSubgraph runs one
 * durable consumer per producer. notifications' own event (a notification made from one of these)
 * is not journalled: it repeats what is already there and nobody acted.
 */
export function auditSubscriptions(services: AuditServices, logger: Logger): EventSubscription[] {
  const journal = new AuditEventHandler(services.journal, logger);
  return [
    ...identitySubscriptions(journal),
    ...applicationsSubscriptions(journal),
    ...paymentsSubscriptions(journal),
    ...taxesFinesSubscriptions(journal),
    ...healthcareSubscriptions(journal),
    ...educationSubscriptions(journal),
    ...documentsSubscriptions(journal),
  ];
}
