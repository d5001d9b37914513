import type { Countdown } from './discount';
import type { PaymentsKey } from './messages';

/** "2 d 7 h", "7 h 59 min", "1 min": days and hours, minutes only within the last day. */
export function countdownText(left: Countdown, t: (key: PaymentsKey, params?: Record<string, string | number>) => string): string {
  return [left.days ? t('time.days', { n: left.days }) : null, left.days || left.hours ? t('time.hours', { n: left.hours }) : null, left.days ? null : t('time.minutes', { n: left.minutes })].filter(Boolean).join(' ');
}
