import { readOrCreateKeyFile } from '@eco/kit';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export const WEBHOOK_KEY_FILE = path.join('keys', 'webhooks.key');
const KEY_BYTES = 32;

/** AES-256 needs exactly 32 bytes; a shorter or mistyped key is refused at start, not at first use. */
export function webhookKeyFromBase64(value: string): Buffer {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new Error(`WEBHOOK_SECRET_KEY must be base64 of ${KEY_BYTES} bytes (got ${key.length})`);
  }
  return key;
}

/**
 * The key that encrypts webhook signing secrets at rest: WEBHOOK_SECRET_KEY, or a development
 * key kept in `<dataDir>/keys/webhooks.key`. In production a generated key would differ per
 * replica and after a redeploy (no secret could be read back), so it must be set there.
 */
export async function loadWebhookSecretKey(options: { env: NodeJS.ProcessEnv; dataDir: string; production: boolean }): Promise<Buffer> {
  const base64 = options.env.WEBHOOK_SECRET_KEY || undefined;
  if (!base64 && options.production) throw new Error('notifications: WEBHOOK_SECRET_KEY must be set in production');
  return webhookKeyFromBase64(
    base64 ?? (await readOrCreateKeyFile(path.join(options.dataDir, WEBHOOK_KEY_FILE), () => `${randomBytes(KEY_BYTES).toString('base64')}\n`)),
  );
}
