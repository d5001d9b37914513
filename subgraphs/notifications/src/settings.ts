import type { RetryPolicy } from './shared/retry-policy';

/** notifications' own environment, beside the kit's SubgraphConfig (see README.md). */
export interface NotificationsSettings {
  /** Email/SMS deliveries: a temporary failure is retried with this policy. */
  deliveryRetry: RetryPolicy;
  /** Webhook deliveries: non-2xx or a network error is retried with this policy. */
  webhookRetry: RetryPolicy;
  /** How long one webhook POST may take before it counts as failed. */
  webhookTimeoutMs: number;
  /** How often the delivery worker and the webhook dispatcher look for due work. */
  workerPollIntervalMs: number;
  /** After send(), how long until the provider is asked for the message's status. */
  providerStatusPollMs: number;
}

export const DEFAULT_SETTINGS: NotificationsSettings = {
  deliveryRetry: { baseDelayMs: 5_000, maxDelayMs: 15 * 60_000, maxAttempts: 5, jitter: 0.2 },
  // 1 s, 2 s, 4 s … capped at an hour: ten attempts cover a receiver down for ~8 minutes.
  webhookRetry: { baseDelayMs: 1_000, maxDelayMs: 60 * 60_000, maxAttempts: 10, jitter: 0.2 },
  webhookTimeoutMs: 10_000,
  workerPollIntervalMs: 500,
  providerStatusPollMs: 1_000,
};

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, minimum = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`notifications: ${name} must be a whole number ≥ ${minimum} (got "${raw}")`);
  }
  return value;
}

export function notificationsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationsSettings {
  const d = DEFAULT_SETTINGS;
  return {
    deliveryRetry: {
      ...d.deliveryRetry,
      baseDelayMs: positiveInteger(env, 'DELIVERY_RETRY_BASE_MS', d.deliveryRetry.baseDelayMs),
      maxAttempts: positiveInteger(env, 'DELIVERY_MAX_ATTEMPTS', d.deliveryRetry.maxAttempts),
    },
    webhookRetry: {
      ...d.webhookRetry,
      baseDelayMs: positiveInteger(env, 'WEBHOOK_RETRY_BASE_MS', d.webhookRetry.baseDelayMs),
      // "At least five": fewer would give up on a receiver that is only briefly down.
      maxAttempts: positiveInteger(env, 'WEBHOOK_MAX_ATTEMPTS', d.webhookRetry.maxAttempts, 5),
    },
    webhookTimeoutMs: positiveInteger(env, 'WEBHOOK_TIMEOUT_MS', d.webhookTimeoutMs),
    workerPollIntervalMs: positiveInteger(env, 'NOTIFICATIONS_WORKER_POLL_MS', d.workerPollIntervalMs),
    providerStatusPollMs: positiveInteger(env, 'PROVIDER_STATUS_POLL_MS', d.providerStatusPollMs),
  };
}
