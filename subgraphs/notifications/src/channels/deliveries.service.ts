import { type Logger, type SqlSchema } from '@eco/kit';
import { Prisma, type Notification, type NotificationDelivery as DeliveryRecord, type PrismaClient } from '../generated/prisma/client';
import type { PreferencesService } from '../preferences/preferences.service';
import { retryDelayMs, type RetryPolicy } from '../shared/retry-policy';
import { isUuid } from '../shared/uuid';
import { PermanentSendError, type Channel, type NotificationSender, type OutgoingMessage } from './notification-sender';

export type { DeliveryRecord };

export interface DeliveriesOptions {
  retry: RetryPolicy;
  /** After send(), how long until the provider is asked for the message's status. */
  statusPollMs: number;
  now: () => Date;
  logger: Logger;
}

/** While a worker holds a claimed delivery, no other replica picks it up (a crashed one's expire). */
export const DELIVERY_LEASE_MS = 60_000;
export const DELIVERY_BATCH = 20;

type Tx = Prisma.TransactionClient;
type DueDelivery = DeliveryRecord & { notification: Notification };

/**
 * Email and SMS copies of notifications: planned from preferences and contacts in the event's
 * transaction, then driven through the provider's lifecycle by a worker (processDue).
 */
export class DeliveriesService {
  private readonly senders: Map<Channel, NotificationSender>;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    senders: readonly NotificationSender[],
    private readonly preferences: PreferencesService,
    private readonly options: DeliveriesOptions,
  ) {
    this.senders = new Map(senders.map((sender) => [sender.channel, sender]));
  }

  /** One delivery per channel the user keeps on and has an address for; returns how many. */
  async planFor(tx: Tx, notifications: readonly Notification[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const userIds = [...new Set(notifications.map((n) => n.userId))];
    const recipients = new Map((await tx.recipient.findMany({ where: { userId: { in: userIds } } })).map((r) => [r.userId, r]));
    const data: Prisma.NotificationDeliveryCreateManyInput[] = [];
    for (const notification of notifications) {
      const recipient = recipients.get(notification.userId);
      if (!recipient) continue;
      const channels = await this.preferences.channelsFor(tx, notification.userId, notification.eventType);
      const base = { notificationId: notification.id, maxAttempts: this.options.retry.maxAttempts, nextAttemptAt: this.options.now() };
      if (channels.email && recipient.email) data.push({ ...base, channel: 'EMAIL', address: recipient.email });
      if (channels.sms && recipient.phone) data.push({ ...base, channel: 'SMS', address: recipient.phone });
    }
    if (data.length === 0) return 0;
    return (await tx.notificationDelivery.createMany({ data, skipDuplicates: true })).count;
  }

  /** Deliveries per notification, oldest first (for the request's loader). */
  async byNotificationIds(ids: readonly string[]): Promise<DeliveryRecord[][]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await this.prisma.notificationDelivery.findMany({ where: { notificationId: { in: valid } }, orderBy: [{ createdAt: 'asc' }, { channel: 'asc' }] })
      : [];
    return ids.map((id) => rows.filter((row) => row.notificationId === id));
  }

  /**
   * One worker step: claims due deliveries (FOR UPDATE SKIP LOCKED, so replicas never take
   * the same one) and moves each one step: send, ask the provider, or retry. Returns how many.
   */
  async processDue(limit = DELIVERY_BATCH): Promise<number> {
    const now = this.options.now();
    const leaseUntil = new Date(now.getTime() + DELIVERY_LEASE_MS);
    const table = this.sql.qualified('notification_delivery');
    const claimed = await this.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
      WITH due AS (
        SELECT id FROM ${table}
        WHERE next_attempt_at <= ${now}
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE ${table} AS d SET next_attempt_at = ${leaseUntil}
      FROM due WHERE d.id = due.id
      RETURNING d.id::text AS id`);
    if (claimed.length === 0) return 0;
    const deliveries = await this.prisma.notificationDelivery.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      include: { notification: true },
    });
    const locales = await this.localesOf(deliveries.map((d) => d.notification.userId));
    for (const delivery of deliveries) {
      try {
        await this.advance(delivery, leaseUntil, locales.get(delivery.notification.userId) ?? 'RU');
      } catch (error) {
        // The lease expires and another pass retries it; one bad delivery never stops the batch.
        this.options.logger.error({ err: error, deliveryId: delivery.id }, 'delivery step failed');
      }
    }
    return deliveries.length;
  }

  private async localesOf(userIds: string[]): Promise<Map<string, 'RU' | 'EN'>> {
    const rows = await this.prisma.recipient.findMany({ where: { userId: { in: [...new Set(userIds)] } }, select: { userId: true, locale: true } });
    return new Map(rows.map((row) => [row.userId, row.locale]));
  }

  private async advance(delivery: DueDelivery, lease: Date, locale: 'RU' | 'EN'): Promise<void> {
    const sender = this.senders.get(delivery.channel);
    if (!sender) return this.finish(delivery, lease, { status: 'PERMANENT_FAILURE', lastError: `no ${delivery.channel} provider configured`, nextAttemptAt: null });
    if (delivery.status === 'SENDING' && delivery.providerMessageId) {
      const report = await sender.status(delivery.providerMessageId);
      switch (report.status) {
        case 'delivered':
          return this.finish(delivery, lease, { status: 'DELIVERED', nextAttemptAt: null });
        case 'permanent-failure':
          return this.finish(delivery, lease, { status: 'PERMANENT_FAILURE', lastError: report.detail, nextAttemptAt: null });
        case 'temporary-failure':
          return this.temporaryFailure(delivery, lease, report.detail ?? 'temporary failure');
        default:
          return this.finish(delivery, lease, { nextAttemptAt: this.after(this.options.statusPollMs) });
      }
    }
    // CREATED or TEMPORARY_FAILURE (due for a retry): hand the message to the provider.
    const attempts = delivery.attempts + 1;
    try {
      const { providerMessageId } = await sender.send(messageOf(delivery, locale));
      return this.finish(delivery, lease, { status: 'SENDING', attempts, providerMessageId, nextAttemptAt: this.after(this.options.statusPollMs) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentSendError) {
        return this.finish(delivery, lease, { status: 'PERMANENT_FAILURE', attempts, lastError: message, nextAttemptAt: null });
      }
      return this.temporaryFailure({ ...delivery, attempts }, lease, message);
    }
  }

  private temporaryFailure(delivery: DeliveryRecord, lease: Date, detail: string): Promise<void> {
    if (delivery.attempts >= delivery.maxAttempts) {
      return this.finish(delivery, lease, {
        status: 'PERMANENT_FAILURE',
        attempts: delivery.attempts,
        lastError: `gave up after ${delivery.attempts} attempts: ${detail}`,
        nextAttemptAt: null,
      });
    }
    return this.finish(delivery, lease, {
      status: 'TEMPORARY_FAILURE',
      attempts: delivery.attempts,
      lastError: detail,
      nextAttemptAt: this.after(retryDelayMs(this.options.retry, delivery.attempts)),
    });
  }

  /** Writes a step's result, but only while this worker still holds the lease it claimed. */
  private async finish(delivery: DeliveryRecord, lease: Date, data: Prisma.NotificationDeliveryUpdateManyMutationInput): Promise<void> {
    const { count } = await this.prisma.notificationDelivery.updateMany({ where: { id: delivery.id, nextAttemptAt: lease }, data });
    if (count === 0) this.options.logger.warn({ deliveryId: delivery.id }, 'delivery lease lost; another worker took over');
  }

  private after(ms: number): Date {
    return new Date(this.options.now().getTime() + ms);
  }
}

const EMAIL_FOOTER = {
  RU: 'Это автоматическое сообщение портала госуслуг. Все уведомления — в личном кабинете.',
  EN: 'This is an automatic message from the public services portal. All notifications are in your account.',
};

/** The text of an email or SMS, in the language the recipient chose for their contacts. */
export function messageOf(delivery: DueDelivery, locale: 'RU' | 'EN'): OutgoingMessage {
  const n = delivery.notification;
  const title = locale === 'EN' ? n.titleEn : n.titleRu;
  const body = locale === 'EN' ? n.bodyEn : n.bodyRu;
  return delivery.channel === 'EMAIL'
    ? { channel: 'EMAIL', to: delivery.address, subject: title, text: `${body}\n\n${EMAIL_FOOTER[locale]}`, reference: delivery.id }
    : { channel: 'SMS', to: delivery.address, subject: null, text: title, reference: delivery.id };
}
