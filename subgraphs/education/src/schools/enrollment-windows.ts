import { day, isoDay, moscowDay, moscowDayStart } from '../shared/calendar';

/**
 * First-grade campaign windows (Приказ Минпросвещения № 458): from 1 April to 30 June for
 * children with a priority right or living on the school's territory, from 6 July to 5 September
 * for everyone else (and for the first group too). Both are whole Moscow-time days: the first
 * opens at 00:00 MSK on 1 April and closes at 24:00 MSK on 30 June.
 */
export interface EnrollmentWindow {
  /** First and last calendar day. */
  firstDay: Date;
  lastDay: Date;
  /** Instants: opens at `opensAt` (inclusive), closed from `closesAt` (exclusive). */
  opensAt: Date;
  closesAt: Date;
}

function window(year: number, from: string, to: string): EnrollmentWindow {
  const firstDay = day(`${year}-${from}`);
  const lastDay = day(`${year}-${to}`);
  return { firstDay, lastDay, opensAt: moscowDayStart(firstDay), closesAt: moscowDayStart(new Date(lastDay.getTime() + 86_400_000)) };
}

export const priorityWindow = (year: number) => window(year, '04-01', '06-30');
export const generalWindow = (year: number) => window(year, '07-06', '09-05');

/** The year of the 1 September a child applying at `at` would start school: after 5 September, the next. */
export function campaignYearAt(at: Date): number {
  const today = moscowDay(at);
  const year = today.getUTCFullYear();
  return today > day(`${year}-09-05`) ? year + 1 : year;
}

const within = (at: Date, w: EnrollmentWindow) => at >= w.opensAt && at < w.closesAt;

export type WindowDecision = { open: true; year: number } | { open: false; year: number; next: EnrollmentWindow };

/** Whether an applicant may file now; when not, the next window open to them. */
export function enrollmentWindowAt(at: Date, firstWindowRight: boolean): WindowDecision {
  const year = campaignYearAt(at);
  const first = priorityWindow(year);
  const second = generalWindow(year);
  if (within(at, second) || (firstWindowRight && within(at, first))) return { open: true, year };
  if (firstWindowRight && at < first.opensAt) return { open: false, year, next: first };
  return { open: false, year, next: second };
}

export const windowDays = (w: EnrollmentWindow) => ({ from: isoDay(w.firstDay), to: isoDay(w.lastDay) });
