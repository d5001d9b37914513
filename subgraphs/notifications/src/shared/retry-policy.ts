/** Exponential backoff with jitter, shared by email/SMS deliveries and webhooks. */
export interface RetryPolicy {
  /** Delay before the second attempt; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all, the first included; after the last failure the work is given up. */
  maxAttempts: number;
  /** Spread as a fraction of the delay (0.2 = ±10 %), so many failures do not retry in lockstep. */
  jitter: number;
}

/** The delay after `attemptsMade` failed attempts (1 after the first). */
export function retryDelayMs(policy: RetryPolicy, attemptsMade: number, random: () => number = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);
  const capped = Math.min(exponential, policy.maxDelayMs);
  const spread = 1 - policy.jitter / 2 + random() * policy.jitter;
  return Math.max(0, Math.round(capped * spread));
}
