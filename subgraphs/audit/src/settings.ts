/** Background timing, from env (defaults for production use). */
export interface AuditSettings {
  /** How often the producers' feeds are polled when idle (FEED_POLL_INTERVAL_MS, default 250). */
  feedPollIntervalMs: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}

export function auditSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuditSettings {
  return { feedPollIntervalMs: positiveInt(env.FEED_POLL_INTERVAL_MS, 250) };
}
