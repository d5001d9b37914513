import { registerEnumType } from 'type-graphql';
import { addCalendarDays, endOfMoscowDay, moscowDate } from './working-days';

export enum DeadlineBucket {
  OVERDUE = 'OVERDUE',
  TODAY = 'TODAY',
  THIS_WEEK = 'THIS_WEEK',
  LATER = 'LATER',
}

registerEnumType(DeadlineBucket, {
  name: 'DeadlineBucket',
  description: 'Where a deadline falls relative to now, in Moscow time.',
  valuesConfig: {
    OVERDUE: { description: 'The deadline has passed.' },
    TODAY: { description: 'Due by the end of today.' },
    THIS_WEEK: { description: 'Due after today, by the end of this week (Sunday).' },
    LATER: { description: 'Due after this week.' },
  },
});

/** The deadlines a bucket covers, as a half-open or closed range of instants. */
export interface DeadlineRange {
  /** Inclusive lower bound. */
  gte?: Date;
  /** Exclusive lower bound. */
  gt?: Date;
  /** Exclusive upper bound. */
  lt?: Date;
  /** Inclusive upper bound. */
  lte?: Date;
}

export function deadlineRange(bucket: DeadlineBucket, now: Date): DeadlineRange {
  const today = moscowDate(now);
  const endOfToday = endOfMoscowDay(today);
  // getUTCDay of a calendar date: 0 = Sunday. Days left until Sunday (0 on a Sunday).
  const daysToSunday = (7 - today.getUTCDay()) % 7;
  const endOfWeek = endOfMoscowDay(addCalendarDays(today, daysToSunday));
  switch (bucket) {
    case DeadlineBucket.OVERDUE:
      return { lt: now };
    case DeadlineBucket.TODAY:
      return { gte: now, lte: endOfToday };
    case DeadlineBucket.THIS_WEEK:
      return { gt: endOfToday, lte: endOfWeek };
    case DeadlineBucket.LATER:
      return { gt: endOfWeek };
  }
}

/** Which bucket a deadline is in at `now` (the same boundaries as deadlineRange). */
export function deadlineBucketOf(deadline: Date, now: Date): DeadlineBucket {
  for (const bucket of [DeadlineBucket.OVERDUE, DeadlineBucket.TODAY, DeadlineBucket.THIS_WEEK, DeadlineBucket.LATER]) {
    const range = deadlineRange(bucket, now);
    const t = deadline.getTime();
    if (range.lt && !(t < range.lt.getTime())) continue;
    if (range.lte && !(t <= range.lte.getTime())) continue;
    if (range.gt && !(t > range.gt.getTime())) continue;
    if (range.gte && !(t >= range.gte.getTime())) continue;
    return bucket;
  }
  return DeadlineBucket.LATER;
}
