/** Time left until a fine's 50 % discount ends; null once it has. */
export interface Countdown {
  days: number;
  hours: number;
  minutes: number;
  /** Less than a day left. */
  urgent: boolean;
}

const MINUTE = 60_000;

export function discountCountdown(deadline: string | null | undefined, now: Date): Countdown | null {
  if (!deadline) return null;
  const left = Date.parse(deadline) - now.getTime();
  if (!Number.isFinite(left) || left <= 0) return null;
  // Rounded down to the minute: "0 min" is never shown while the discount still holds.
  const minutesLeft = Math.max(1, Math.floor(left / MINUTE));
  return { days: Math.floor(minutesLeft / 1440), hours: Math.floor((minutesLeft % 1440) / 60), minutes: minutesLeft % 60, urgent: left < 24 * 60 * MINUTE };
}

/** The sum of what is due now for the selected items, in kopecks. */
export function selectedTotal(items: readonly { id: string; amountDue: number }[], selected: ReadonlySet<string>): number {
  return items.reduce((total, item) => (selected.has(item.id) ? total + item.amountDue : total), 0);
}
