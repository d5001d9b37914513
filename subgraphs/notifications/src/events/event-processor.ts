import type { EventContract, FeedEvent, Logger, PayloadOf } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { NotificationsService } from '../notifications/notifications.service';
import type { WebhooksService } from '../webhooks/webhooks.service';
import { isUuid } from '../shared/uuid';
import type { EventHandler } from './event-handler';

export type ProcessOutcome =
  /** Notifications and webhook deliveries stored (none again for an event seen before). */
  | { status: 'processed'; notificationsCreated: number; webhookDeliveriesCreated: number }
  /** An event id or a recipient that is no UUID: nothing can be stored for it; logged, skipped. */
  | { status: 'malformed' };

/**
 * Everything one consumed event causes, in ONE transaction: the notifications, their
 * `notification.created` outbox rows, their email/SMS deliveries, and a webhook delivery per
 * subscribed endpoint. Idempotent by event id: a redelivered event finds its rows and adds none.
 * A database failure throws, so the consumer retries the same event instead of skipping it.
 */
export class EventProcessor {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** The payload has been checked against the handler's contract (see subscriptions.ts). */
  async process<C extends EventContract>(handler: EventHandler<C>, payload: PayloadOf<C>, event: FeedEvent, logger?: Logger): Promise<ProcessOutcome> {
    const drafts = handler.notificationsFor(payload, event).map((draft) => ({ ...draft, userId: draft.userId.toLowerCase() }));
    // Idempotency rests on the event id, and a notification belongs to a user id: both are UUIDs.
    if (!isUuid(event.id) || drafts.some((draft) => !isUuid(draft.userId))) {
      logger?.warn({ eventId: event.id, type: event.type, source: event.source }, 'event id or recipient is no UUID; skipped');
      return { status: 'malformed' };
    }
    return this.prisma.$transaction(async (tx) => {
      const notificationsCreated = await this.notifications.createFromEvent(tx, event, drafts);
      const webhookDeliveriesCreated = await this.webhooks.enqueueForEvent(tx, event);
      return { status: 'processed' as const, notificationsCreated, webhookDeliveriesCreated };
    });
  }
}
