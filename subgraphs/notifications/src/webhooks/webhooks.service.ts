import { keysetOrder, type FeedEvent, type PageWindow } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { EventRegistry } from '../events/event-registry';
import type { Prisma, PrismaClient, WebhookDelivery, WebhookEndpoint } from '../generated/prisma/client';
import { failure, problem, success, type NotificationsProblem, type Outcome } from '../problems';
import type { RetryPolicy } from '../shared/retry-policy';
import { isUuid } from '../shared/uuid';
import { newWebhookSecret } from './webhook-signature';
import type { WebhookSecretCipher } from './webhook-secret-cipher';
import { validateWebhookUrl } from './webhook-url';

/** Why a revoked API client's deliveries were cancelled (the delivery log's lastError). */
export const REVOKED_CLIENT_ERROR = 'API client revoked';

/** An endpoint as the rest of notifications sees it: never the secret. */
export type WebhookEndpointRecord = Omit<WebhookEndpoint, 'secretIv' | 'secretAuthTag' | 'secretCiphertext'>;
/** A delivery with its endpoint's owner, so permission rules can judge it on its own. */
export type WebhookDeliveryRecord = Omit<WebhookDelivery, 'body'> & { ownerId: string };

export const ENDPOINT_SELECT = {
  id: true,
  ownerId: true,
  url: true,
  eventTypes: true,
  active: true,
  sandbox: true,
  createdAt: true,
  disabledAt: true,
} as const satisfies Prisma.WebhookEndpointSelect;

const DELIVERY_OMIT = { body: true } as const;

export interface RegisterWebhookInput {
  url: string;
  eventTypes: readonly string[];
}

type Tx = Prisma.TransactionClient;

/**
 * Whether an event is sandbox (test) data: its producer flagged it (`sandbox: true` in the payload,
 * e.g. an application filed by a sandbox citizen). Anything else is live.
 */
export const isSandboxEvent = (event: Pick<FeedEvent, 'payload'>): boolean => event.payload.sandbox === true;

/**
 * Where events written before live fields moved to the audience (`audience.liveFields`) named
 * them: in the payload. Plumbing, not the producer's description: never sent to a receiver.
 */
const LEGACY_LIVE_FIELDS = 'liveFields';

/** The JSON every receiver gets: the event as the producer described it, minus our plumbing. */
export function webhookBody(event: FeedEvent): string {
  const { [LEGACY_LIVE_FIELDS]: _live, ...payload } = event.payload;
  return JSON.stringify({
    id: event.id,
    type: event.type,
    source: event.source,
    occurredAt: event.occurredAt,
    subject: event.subject,
    payload,
  });
}

/** Newest first. */
export const ENDPOINTS_ORDER = keysetOrder('webhook-endpoints', [['createdAt', 'desc'], ['id', 'desc']]);
export const DELIVERIES_ORDER = keysetOrder('webhook-deliveries', [['createdAt', 'desc'], ['id', 'desc']]);

/** Webhook endpoints of regional portals and third parties, and their delivery log. */
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly cipher: WebhookSecretCipher,
    private readonly registry: EventRegistry,
    private readonly options: { retry: RetryPolicy; allowHttp: boolean; now: () => Date },
  ) {}

  /** The event types an endpoint may subscribe to: those notifications consumes, except the person-only ones. */
  eventTypes(): string[] {
    return this.registry.webhookTypes();
  }

  /**
   * A new endpoint and its signing secret, which is returned here and never again. A sandbox
   * endpoint (registered with a TEST API key) receives sandbox events only, any other live ones only.
   */
  async register(
    ownerId: string,
    input: RegisterWebhookInput,
    options: { sandbox?: boolean } = {},
  ): Promise<Outcome<{ endpoint: WebhookEndpointRecord; secret: string }>> {
    const problems: NotificationsProblem[] = [];
    const url = validateWebhookUrl(input.url, { allowHttp: this.options.allowHttp });
    if ('problems' in url) problems.push(...url.problems);
    const known = new Set(this.registry.webhookTypes());
    if (input.eventTypes.length === 0) problems.push(problem('eventTypes', 'EVENT_TYPES_REQUIRED'));
    input.eventTypes.forEach((type, index) => {
      if (!known.has(type)) problems.push(problem(`eventTypes.${index}`, 'UNKNOWN_EVENT_TYPE'));
    });
    if (problems.length > 0 || 'problems' in url) return failure(problems);

    const id = randomUUID();
    const secret = newWebhookSecret();
    const endpoint = await this.prisma.webhookEndpoint.create({
      data: { id, ownerId, url: url.url, eventTypes: [...new Set(input.eventTypes)], sandbox: options.sandbox ?? false, ...this.cipher.seal(secret, id) },
      select: ENDPOINT_SELECT,
    });
    return success({ endpoint, secret });
  }

  async endpointsByIds(ids: readonly string[]): Promise<WebhookEndpointRecord[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.prisma.webhookEndpoint.findMany({ where: { id: { in: valid } }, select: ENDPOINT_SELECT });
  }

  /** The owner's endpoints; an administrator's list holds everyone's. */
  async endpoints(viewer: WebhookActor, window: PageWindow) {
    const where: Prisma.WebhookEndpointWhereInput = viewer.isAdmin ? {} : { ownerId: viewer.userId };
    const [nodes, totalCount] = await Promise.all([
      this.prisma.webhookEndpoint.findMany({ where: { AND: [where, window.order.after(window.after)] }, select: ENDPOINT_SELECT, orderBy: window.order.orderBy, take: window.take }),
      this.prisma.webhookEndpoint.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** The delivery log of one endpoint, newest first. */
  async deliveries(endpointId: string, window: PageWindow): Promise<{ nodes: WebhookDeliveryRecord[]; totalCount: number }> {
    if (!isUuid(endpointId)) return { nodes: [], totalCount: 0 };
    const where = { endpointId };
    const [rows, totalCount] = await Promise.all([
      this.prisma.webhookDelivery.findMany({
        where: { AND: [where, window.order.after(window.after)] },
        omit: DELIVERY_OMIT,
        include: { endpoint: { select: { ownerId: true } } },
        orderBy: window.order.orderBy,
        take: window.take,
      }),
      this.prisma.webhookDelivery.count({ where }),
    ]);
    return { nodes: rows.map(withOwner), totalCount };
  }

  async deliveryById(id: string): Promise<WebhookDeliveryRecord | null> {
    if (!isUuid(id)) return null;
    const row = await this.prisma.webhookDelivery.findUnique({
      where: { id },
      omit: DELIVERY_OMIT,
      include: { endpoint: { select: { ownerId: true } } },
    });
    return row ? withOwner(row) : null;
  }

  /**
   * Sends a finished delivery again, with a fresh round of retries; the log keeps counting attempts.
   * A delivery to someone else's endpoint is WEBHOOK_DELIVERY_NOT_FOUND, like a missing one.
   */
  async replay(actor: WebhookActor, deliveryId: string): Promise<Outcome<WebhookDeliveryRecord>> {
    const delivery = isUuid(deliveryId)
      ? await this.prisma.webhookDelivery.findUnique({ where: { id: deliveryId }, omit: DELIVERY_OMIT, include: { endpoint: { select: { active: true, ownerId: true } } } })
      : null;
    if (!delivery || !mayManage(actor, delivery.endpoint.ownerId)) return failure([problem('id', 'WEBHOOK_DELIVERY_NOT_FOUND')]);
    if (!delivery.endpoint.active) return failure([problem('id', 'WEBHOOK_DISABLED')]);
    // Only a finished delivery can be replayed: a pending one is already going to be sent.
    const { count } = await this.prisma.webhookDelivery.updateMany({
      where: { id: deliveryId, status: { not: 'PENDING' } },
      data: { status: 'PENDING', nextAttemptAt: this.options.now(), maxAttempts: delivery.attempts + this.options.retry.maxAttempts },
    });
    if (count === 0) return failure([problem('id', 'WEBHOOK_DELIVERY_PENDING')]);
    return success((await this.deliveryById(deliveryId)) as WebhookDeliveryRecord);
  }

  /** Stops deliveries to an endpoint for good; what was still pending is cancelled. Someone else's endpoint is WEBHOOK_NOT_FOUND. */
  async disable(actor: WebhookActor, endpointId: string): Promise<Outcome<WebhookEndpointRecord>> {
    const existing = isUuid(endpointId) ? await this.prisma.webhookEndpoint.findUnique({ where: { id: endpointId }, select: ENDPOINT_SELECT }) : null;
    if (!existing || !mayManage(actor, existing.ownerId)) return failure([problem('id', 'WEBHOOK_NOT_FOUND')]);
    if (!existing.active) return success(existing);
    const now = this.options.now();
    const [endpoint] = await this.prisma.$transaction([
      this.prisma.webhookEndpoint.update({ where: { id: endpointId }, data: { active: false, disabledAt: now }, select: ENDPOINT_SELECT }),
      this.prisma.webhookDelivery.updateMany({
        where: { endpointId, status: 'PENDING' },
        data: { status: 'CANCELLED', nextAttemptAt: null, lastError: 'endpoint disabled' },
      }),
    ]);
    return success(endpoint);
  }

  /**
   * A revoked API client's endpoints (it owns what it registered): disabled, and what was still
   * pending or retrying cancelled, visibly in the delivery log. Idempotent; returns endpoints disabled.
   */
  async disableRevokedOwner(ownerId: string): Promise<number> {
    if (!isUuid(ownerId)) return 0;
    const now = this.options.now();
    const [disabled] = await this.prisma.$transaction([
      this.prisma.webhookEndpoint.updateMany({ where: { ownerId, active: true }, data: { active: false, disabledAt: now } }),
      this.prisma.webhookDelivery.updateMany({
        where: { endpoint: { ownerId }, status: 'PENDING' },
        data: { status: 'CANCELLED', nextAttemptAt: null, lastError: REVOKED_CLIENT_ERROR },
      }),
    ]);
    return disabled.count;
  }

  /**
   * Fan-out inside the event's transaction: one delivery per subscribed active endpoint, once per
   * event. Sandbox events go to sandbox (TEST key) endpoints only, live events to the others only:
   * a TEST key never sees live personal data, a live receiver never gets test data.
   */
  async enqueueForEvent(tx: Tx, event: FeedEvent): Promise<number> {
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { active: true, eventTypes: { has: event.type }, sandbox: isSandboxEvent(event) },
      select: { id: true },
    });
    if (endpoints.length === 0) return 0;
    const body = webhookBody(event);
    const nextAttemptAt = this.options.now();
    const { count } = await tx.webhookDelivery.createMany({
      data: endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        body,
        maxAttempts: this.options.retry.maxAttempts,
        nextAttemptAt,
      })),
      skipDuplicates: true,
    });
    return count;
  }
}

/** Who acts on webhooks: an owner (a person or an API client, by token subject), or an administrator. */
export interface WebhookActor {
  userId: string;
  isAdmin: boolean;
}

const mayManage = (actor: WebhookActor, ownerId: string) => actor.isAdmin || actor.userId === ownerId;

function withOwner<T extends { endpoint: { ownerId: string } }>(row: T): Omit<T, 'endpoint'> & { ownerId: string } {
  const { endpoint, ...rest } = row;
  return { ...rest, ownerId: endpoint.ownerId };
}
