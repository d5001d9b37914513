/** Rules and background timing, from env (defaults for production use). */
export interface HealthcareSettings {
  /** Cancel or move until this many hours before the visit (CANCELLATION_CUTOFF_HOURS, default 2). */
  cancellationCutoffHours: number;
  /** Remind this many hours before the visit (REMINDER_LEAD_HOURS, default 24). */
  reminderLeadHours: number;
  /** How often reminders and finished visits are looked for (REMINDER_INTERVAL_MS, default 5 min). */
  reminderIntervalMs: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}

export function healthcareSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): HealthcareSettings {
  return {
    cancellationCutoffHours: positiveInt(env.CANCELLATION_CUTOFF_HOURS, 2),
    reminderLeadHours: positiveInt(env.REMINDER_LEAD_HOURS, 24),
    reminderIntervalMs: positiveInt(env.REMINDER_INTERVAL_MS, 5 * 60 * 1000),
  };
}
