import { FeedOffsetStore, notificationCreated, Outbox, type Logger, type RevocationList, SqlSchema } from '@eco/kit';
import { DeliveriesService } from './channels/deliveries.service';
import type { NotificationSender } from './channels/notification-sender';
import { SandboxSender } from './channels/sandbox-sender';
import { ContactsService } from './contacts/contacts.service';
import { EventProcessor } from './events/event-processor';
import { EventRegistry } from './events/event-registry';
import { EVENT_HANDLERS } from './events/handlers';
import type { PrismaClient } from './generated/prisma/client';
import { NotificationsService } from './notifications/notifications.service';
import { PreferencesService } from './preferences/preferences.service';
import { DEFAULT_SETTINGS, type NotificationsSettings } from './settings';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';
import { WebhookSecretCipher } from './webhooks/webhook-secret-cipher';
import { WebhooksService } from './webhooks/webhooks.service';

export interface NotificationsServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to: raw SQL (the job claims) names it. */
  dbSchema: string;
  /** 32-byte key encrypting webhook signing secrets. */
  webhookKey: Buffer;
  settings?: NotificationsSettings;
  /** Email and SMS provider adapters; default: the sandbox for both. */
  senders?: NotificationSender[];
  /** Plain http webhook URLs (development and tests); production takes https only. */
  allowHttpWebhooks?: boolean;
  logger: Logger;
  /** Revoked API clients (the kit's list): the dispatcher sends nothing to their endpoints. */
  revocations?: RevocationList;
  now?: () => Date;
}

/** What resolvers reach as `ctx.services`, and what main.ts runs its subscriptions and loops with. */
export function createNotificationsServices(prisma: PrismaClient, options: NotificationsServiceOptions) {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const now = options.now ?? (() => new Date());
  const sql = new SqlSchema(options.dbSchema);
  // notifications produces its own events (notification.created): its outbox, served on /events.
  const outbox = new Outbox(prisma, notificationCreated.producer, sql);
  const registry = new EventRegistry(EVENT_HANDLERS);
  const cipher = new WebhookSecretCipher(options.webhookKey);
  const senders = options.senders ?? [new SandboxSender(prisma, 'EMAIL'), new SandboxSender(prisma, 'SMS')];

  const preferences = new PreferencesService(prisma, registry);
  const contacts = new ContactsService(prisma);
  const deliveries = new DeliveriesService(prisma, sql, senders, preferences, {
    retry: settings.deliveryRetry,
    statusPollMs: settings.providerStatusPollMs,
    now,
    logger: options.logger,
  });
  const notifications = new NotificationsService(prisma, deliveries, outbox, now);
  const webhooks = new WebhooksService(prisma, cipher, registry, { retry: settings.webhookRetry, allowHttp: options.allowHttpWebhooks ?? true, now });
  const webhookDispatcher = new WebhookDispatcher(prisma, sql, cipher, {
    retry: settings.webhookRetry,
    timeoutMs: settings.webhookTimeoutMs,
    now,
    logger: options.logger,
    revocations: options.revocations,
    onRevokedOwner: (ownerId) => webhooks.disableRevokedOwner(ownerId),
  });
  return {
    registry,
    settings,
    preferences,
    contacts,
    deliveries,
    notifications,
    webhooks,
    webhookDispatcher,
    outbox,
    feedOffsets: new FeedOffsetStore(prisma.feedOffset),
    events: new EventProcessor(prisma, notifications, webhooks),
  };
}

export type NotificationsServices = ReturnType<typeof createNotificationsServices>;
