import type { FeedEvent, Logger } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { NotificationsService } from '../notifications/notifications.service';
import type { WebhooksService } from '../webhooks/webhooks.service';
import { isUuid } from '../shared/uuid';
import type { EventRegistry } from './event-registry';

export type ProcessOutcome =
  /** Notifications and webhook deliveries stored (none again for an event seen before). */
  | { status: 'processed'; notificationsCreated: number; webhookDeliveriesCreated: number }
  /** No handler for this type: the feed carries events meant for others. */
  | { status: 'ignored' }
  /** A handled type whose payload the handler could not read: logged, skipped. */
  | { status: 'malformed' };

/**
 * Everything one consumed event causes, in ONE transaction: the notifications, their
 * `notification.created` outbox rows, their email/SMS deliveries, and a webhook delivery per
 * subscribed endpoint. Idempotent by event id: a redelivered event finds its rows and adds none.
 * A database failure throws, so the feed consumer retries the same event instead of skipping it.
 */
export class EventProcessor {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly registry: EventRegistry,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhooksService,
  ) {}

  async process(event: FeedEvent, logger?: Logger): Promise<ProcessOutcome> {
    const handler = this.registry.handlerFor(event.type);
    if (!handler) return { status: 'ignored' };
    // Idempotency rests on the event id (a uuid, per the contract): without one nothing is stored.
    const drafts = isUuid(event.id) ? handler.notificationsFor(event) : null;
    if (drafts === null) {
      logger?.warn({ eventId: event.id, type: event.type, source: event.source }, 'event payload not understood; skipped');
      return { status: 'malformed' };
    }
    return this.prisma.$transaction(async (tx) => {
      const notificationsCreated = await this.notifications.createFromEvent(tx, event, drafts);
      const webhookDeliveriesCreated = await this.webhooks.enqueueForEvent(tx, event);
      return { status: 'processed' as const, notificationsCreated, webhookDeliveriesCreated };
    });
  }
}
