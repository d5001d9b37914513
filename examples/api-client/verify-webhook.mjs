// Verifies a webhook delivery from the portal: plain Node, no dependencies. Copy it into your receiver.
//
//   x-eco-timestamp: 1764750000                 (unix seconds when the attempt was sent)
//   x-eco-signature: v1=<hex HMAC-SHA256 of "<x-eco-timestamp>.<raw body>", keyed with the endpoint's secret>
//
// Compute over the raw body bytes as received (before any JSON parsing), compare in constant
// time, and refuse a timestamp more than 5 minutes from your clock: a captured delivery replayed
// later then fails, and its timestamp cannot be moved forward because it is signed.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far the timestamp may be from the receiver's clock, either way. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * @param {{ secret: string, body: string | Buffer, timestamp: string | undefined, signature: string | undefined,
 *           toleranceSeconds?: number, now?: number }} delivery  `now` in milliseconds (Date.now()).
 * @returns {{ ok: true } | { ok: false, reason: 'missing-headers' | 'stale-timestamp' | 'bad-signature' }}
 */
export function verifyWebhook({ secret, body, timestamp, signature, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }) {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !signature?.startsWith('v1=')) return { ok: false, reason: 'missing-headers' };
  if (Math.abs(Math.floor(now / 1000) - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'stale-timestamp' };
  const expected = Buffer.from(`v1=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`);
  const presented = Buffer.from(signature);
  const same = presented.length === expected.length && timingSafeEqual(presented, expected);
  return same ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
