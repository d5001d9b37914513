/** Timing and rules from env (defaults for production use). */
export interface EducationSettings {
  /** Days a parent has to accept or decline an offered place (OFFER_DAYS, default 10). */
  offerDays: number;
  /** How often expired offers are closed (OFFER_EXPIRY_INTERVAL_MS, default 1 min). */
  offerExpiryIntervalMs: number;
  /**
   * A fixed clock (EDUCATION_CLOCK, an ISO instant) for demos and scenario tests of the campaign
   * windows; refused in production, where only the real time counts.
   */
  fixedNow: Date | null;
}

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}

export function educationSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EducationSettings {
  let fixedNow: Date | null = null;
  if (env.EDUCATION_CLOCK) {
    if (env.NODE_ENV === 'production') throw new Error('EDUCATION_CLOCK is for development and tests only');
    fixedNow = new Date(env.EDUCATION_CLOCK);
    if (Number.isNaN(fixedNow.getTime())) throw new Error(`EDUCATION_CLOCK is not an ISO instant: "${env.EDUCATION_CLOCK}"`);
  }
  return {
    offerDays: positiveInt(env.OFFER_DAYS, 10),
    offerExpiryIntervalMs: positiveInt(env.OFFER_EXPIRY_INTERVAL_MS, 60_000),
    fixedNow,
  };
}
