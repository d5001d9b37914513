import { type Logger, type RevocationList, type SqlSchema } from '@eco/kit';
import { Prisma, type PrismaClient, type WebhookDelivery, type WebhookEndpoint } from '../generated/prisma/client';
import { retryDelayMs, type RetryPolicy } from '../shared/retry-policy';
import type { WebhookSecretCipher } from './webhook-secret-cipher';
import { REVOKED_CLIENT_ERROR } from './webhooks.service';
import { signWebhookBody, WEBHOOK_HEADERS } from './webhook-signature';

export interface WebhookDispatcherOptions {
  retry: RetryPolicy;
  timeoutMs: number;
  now: () => Date;
  logger: Logger;
  /** Revoked API clients (the kit's list, in memory): nothing is sent to their endpoints. */
  revocations?: RevocationList;
  /** Called for an owner found revoked before its event arrived: disables its endpoints. */
  onRevokedOwner?: (ownerId: string) => Promise<unknown>;
}

export const WEBHOOK_BATCH = 20;
export const WEBHOOK_USER_AGENT = 'eco-webhooks/1.0';
const MAX_ERROR_LENGTH = 500;

type Claimed = WebhookDelivery & { endpoint: WebhookEndpoint };

interface AttemptResult {
  ok: boolean;
  responseCode: number | null;
  error: string | null;
}

/**
 * Sends due webhook deliveries. Each step claims a batch with FOR UPDATE SKIP LOCKED and
 * counts the attempt in the same statement, then leases the rows past the request timeout:
 * two replicas never send the same attempt, and a crashed one's claim expires into a retry.
 */
export class WebhookDispatcher {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    private readonly cipher: WebhookSecretCipher,
    private readonly options: WebhookDispatcherOptions,
  ) {}

  /** One scheduler step; returns how many deliveries it attempted. */
  async dispatchDue(limit = WEBHOOK_BATCH): Promise<number> {
    const now = this.options.now();
    const leaseUntil = new Date(now.getTime() + this.options.timeoutMs + 30_000);
    const table = this.sql.qualified('webhook_delivery');
    const claimed = await this.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
      WITH due AS (
        SELECT id FROM ${table}
        WHERE status = 'PENDING' AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE ${table} AS d
      SET next_attempt_at = ${leaseUntil}, attempts = d.attempts + 1, last_attempt_at = ${now}
      FROM due WHERE d.id = due.id
      RETURNING d.id::text AS id`);
    if (claimed.length === 0) return 0;
    const deliveries = await this.prisma.webhookDelivery.findMany({
      where: { id: { in: claimed.map((row) => row.id) } },
      include: { endpoint: true },
    });
    await Promise.all(
      deliveries.map((delivery) =>
        this.attemptAndRecord(delivery, leaseUntil).catch((error: unknown) =>
          this.options.logger.error({ err: error, deliveryId: delivery.id }, 'webhook delivery step failed'),
        ),
      ),
    );
    return deliveries.length;
  }

  private async attemptAndRecord(delivery: Claimed, lease: Date): Promise<void> {
    if (!delivery.endpoint.active) {
      await this.record(delivery, lease, { status: 'CANCELLED', nextAttemptAt: null, lastError: 'endpoint disabled' });
      return;
    }
    // Right before sending: the revocation list is current within milliseconds, identity's event may still be on its way.
    if (this.options.revocations?.isRevoked(delivery.endpoint.ownerId)) {
      await this.record(delivery, lease, { status: 'CANCELLED', nextAttemptAt: null, lastError: REVOKED_CLIENT_ERROR });
      await this.options.onRevokedOwner?.(delivery.endpoint.ownerId);
      return;
    }
    const result = await this.post(delivery);
    if (result.ok) {
      await this.record(delivery, lease, {
        status: 'SUCCEEDED',
        responseCode: result.responseCode,
        lastError: null,
        deliveredAt: this.options.now(),
        nextAttemptAt: null,
      });
      return;
    }
    const givingUp = delivery.attempts >= delivery.maxAttempts;
    await this.record(delivery, lease, {
      status: givingUp ? 'FAILED' : 'PENDING',
      responseCode: result.responseCode,
      lastError: result.error,
      nextAttemptAt: givingUp ? null : new Date(this.options.now().getTime() + retryDelayMs(this.options.retry, delivery.attempts)),
    });
    this.options.logger.info(
      { deliveryId: delivery.id, endpointId: delivery.endpointId, attempts: delivery.attempts, responseCode: result.responseCode, givingUp },
      'webhook delivery failed',
    );
  }

  /** One POST of the stored body, signed with the endpoint's secret. Redirects are not followed. */
  private async post(delivery: Claimed): Promise<AttemptResult> {
    const secret = this.cipher.open(delivery.endpoint, delivery.endpoint.id);
    const timestamp = Math.floor(this.options.now().getTime() / 1000).toString();
    try {
      const response = await fetch(delivery.endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': WEBHOOK_USER_AGENT,
          [WEBHOOK_HEADERS.eventId]: delivery.eventId,
          [WEBHOOK_HEADERS.eventType]: delivery.eventType,
          [WEBHOOK_HEADERS.deliveryId]: delivery.id,
          [WEBHOOK_HEADERS.timestamp]: timestamp,
          [WEBHOOK_HEADERS.signature]: signWebhookBody(secret, timestamp, delivery.body),
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      // The answer's body is not read: drop it so the connection is freed.
      await response.body?.cancel().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return { ok: true, responseCode: response.status, error: null };
      return { ok: false, responseCode: response.status, error: `receiver answered HTTP ${response.status}` };
    } catch (error) {
      return { ok: false, responseCode: null, error: describeNetworkError(error) };
    }
  }

  /** Writes an attempt's outcome, only while this dispatcher still holds the claim. */
  private async record(delivery: Claimed, lease: Date, data: Prisma.WebhookDeliveryUpdateManyMutationInput): Promise<void> {
    const { count } = await this.prisma.webhookDelivery.updateMany({ where: { id: delivery.id, nextAttemptAt: lease }, data });
    if (count === 0) this.options.logger.warn({ deliveryId: delivery.id }, 'webhook delivery claim lost; another replica took over');
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out waiting for the receiver';
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? error.message;
    return `network error: ${detail}`.slice(0, MAX_ERROR_LENGTH);
  }
  return 'network error';
}
