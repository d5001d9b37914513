import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers of every webhook POST (see docs/api-clients.md for how a receiver verifies them). */
export const WEBHOOK_HEADERS = {
  eventId: 'x-eco-event-id',
  eventType: 'x-eco-event-type',
  signature: 'x-eco-signature',
  timestamp: 'x-eco-timestamp',
  deliveryId: 'x-eco-delivery-id',
} as const;

/** The signature scheme's version: a new scheme gets a new prefix, so receivers can tell them apart. */
const SIGNATURE_PREFIX = 'v1=';

/** How far a receiver should let `x-eco-timestamp` be from its clock (documented; receivers enforce it). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** A new endpoint's signing secret: 32 random bytes, shown to its owner once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * `v1=<hex HMAC-SHA256 of "<timestamp>.<exact body bytes>", keyed with the endpoint's secret>`.
 * The timestamp (unix seconds, sent as `x-eco-timestamp`) is signed too, so a captured delivery
 * cannot be replayed later with a fresh timestamp.
 */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `${SIGNATURE_PREFIX}${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * What a receiver does (the example client has the same in plain JS): recompute over the timestamp
 * and the raw body, compare in constant time, and refuse a timestamp outside the tolerance.
 */
export function verifyWebhookSignature(
  secret: string,
  body: string,
  headers: { timestamp: string | undefined | null; signature: string | undefined | null },
  options: { now?: Date; toleranceSeconds?: number } = {},
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature || !signature.startsWith(SIGNATURE_PREFIX)) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body));
  const presented = Buffer.from(signature);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
