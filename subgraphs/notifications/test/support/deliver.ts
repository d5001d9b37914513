import type { FeedEvent } from '@eco/kit';
import type { ProcessOutcome } from '../../src/events/event-processor';
import { notificationsSubscriptions } from '../../src/events/subscriptions';
import type { NotificationsServices } from '../../src/services';
import { silentLogger } from './test-database';

/**
 * Hands one event to notifications as its durable consumer does: to the subscription of the
 * event's contract (payload checked there). Returns what the handling did; null when notifications
 * subscribes to no such event (the consumer skips those).
 */
export async function deliver(services: NotificationsServices, event: FeedEvent): Promise<ProcessOutcome | null> {
  const subscription = notificationsSubscriptions(services, silentLogger).find(
    ({ contract }) => contract.name === event.type && contract.producer === event.source,
  );
  return subscription ? ((await subscription.handle(event)) as ProcessOutcome) : null;
}
