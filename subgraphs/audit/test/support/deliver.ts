import type { FeedEvent } from '@eco/kit';
import type { HandleOutcome } from '../../src/events/audit-event-handler';
import { auditSubscriptions } from '../../src/events/subscriptions';
import type { AuditServices } from '../../src/services';
import { silentLogger } from './test-database';

/**
 * Hands one event to the journal as its durable consumer does: to the subscription of the event's
 * contract (payload checked there). Returns what the journal did; null when it subscribes to no such event.
 */
export async function deliver(services: AuditServices, event: FeedEvent): Promise<HandleOutcome | null> {
  const subscription = auditSubscriptions(services, silentLogger).find(({ contract }) => contract.name === event.type && contract.producer === event.source);
  return subscription ? ((await subscription.handle(event)) as HandleOutcome) : null;
}
