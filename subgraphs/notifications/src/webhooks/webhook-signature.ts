import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers of every webhook POST (see README.md for how a receiver verifies them). */
export const WEBHOOK_HEADERS = {
  eventId: 'x-eco-event-id',
  eventType: 'x-eco-event-type',
  signature: 'x-eco-signature',
  timestamp: 'x-eco-timestamp',
  deliveryId: 'x-eco-delivery-id',
} as const;

const SIGNATURE_PREFIX = 'sha256=';

/** A new endpoint's signing secret: 32 random bytes, shown to its owner once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** `sha256=<hex HMAC-SHA256 of the exact body bytes, keyed with the endpoint's secret>`. */
export function signWebhookBody(secret: string, body: string): string {
  return `${SIGNATURE_PREFIX}${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute over the raw body and compare in constant time. */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined | null): boolean {
  if (!header || !header.startsWith(SIGNATURE_PREFIX)) return false;
  const expected = Buffer.from(signWebhookBody(secret, body));
  const presented = Buffer.from(header);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
