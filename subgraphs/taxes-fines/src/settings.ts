/** Background work timing, from env (defaults for production use). */
export interface TaxesFinesSettings {
  /** How often the reminder scheduler looks for due reminders (REMINDER_INTERVAL_MS, default 1 h). */
  reminderIntervalMs: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}

export function taxesFinesSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TaxesFinesSettings {
  return {
    reminderIntervalMs: positiveInt(env.REMINDER_INTERVAL_MS, 60 * 60 * 1000),
  };
}
