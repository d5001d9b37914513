import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadWebhookSecretKey, WEBHOOK_KEY_FILE } from '../src/keys/webhook-key';
import { DEFAULT_SETTINGS, notificationsSettingsFromEnv } from '../src/settings';
import { retryDelayMs } from '../src/shared/retry-policy';

describe('retry policy', () => {
  const policy = { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 6, jitter: 0.2 };

  it('doubles the delay after each failure, up to the cap, with bounded jitter', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(policy, n, middle))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(retryDelayMs(policy, 1, () => 0)).toBe(900);
    expect(retryDelayMs(policy, 1, () => 1)).toBe(1100);
  });
});

describe('settings from the environment', () => {
  it('defaults to a 1 s webhook base delay and at least five attempts', () => {
    expect(notificationsSettingsFromEnv({})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.webhookRetry.baseDelayMs).toBe(1000);
    expect(DEFAULT_SETTINGS.webhookRetry.maxAttempts).toBeGreaterThanOrEqual(5);
  });

  it('reads overrides and refuses nonsense at start', () => {
    const settings = notificationsSettingsFromEnv({ WEBHOOK_RETRY_BASE_MS: '25', WEBHOOK_MAX_ATTEMPTS: '7', DELIVERY_RETRY_BASE_MS: '50' });
    expect(settings.webhookRetry).toMatchObject({ baseDelayMs: 25, maxAttempts: 7 });
    expect(settings.deliveryRetry.baseDelayMs).toBe(50);
    expect(() => notificationsSettingsFromEnv({ WEBHOOK_MAX_ATTEMPTS: '3' })).toThrow(/WEBHOOK_MAX_ATTEMPTS/);
    expect(() => notificationsSettingsFromEnv({ WEBHOOK_RETRY_BASE_MS: 'soon' })).toThrow(/WEBHOOK_RETRY_BASE_MS/);
  });
});

describe('the webhook secret key', () => {
  it('comes from WEBHOOK_SECRET_KEY, or a development key file kept for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'notifications-keys-'));
    try {
      const fromEnv = randomBytes(32);
      expect(await loadWebhookSecretKey({ env: { WEBHOOK_SECRET_KEY: fromEnv.toString('base64') }, dataDir, production: true })).toEqual(fromEnv);
      const generated = await loadWebhookSecretKey({ env: {}, dataDir, production: false });
      expect(generated).toHaveLength(32);
      expect(await loadWebhookSecretKey({ env: {}, dataDir, production: false })).toEqual(generated);
      expect((await stat(path.join(dataDir, WEBHOOK_KEY_FILE))).mode & 0o777).toBe(0o600);
      await expect(loadWebhookSecretKey({ env: {}, dataDir, production: true })).rejects.toThrow(/WEBHOOK_SECRET_KEY must be set/);
      await expect(loadWebhookSecretKey({ env: { WEBHOOK_SECRET_KEY: 'c2hvcnQ=' }, dataDir, production: false })).rejects.toThrow(/32 bytes/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
