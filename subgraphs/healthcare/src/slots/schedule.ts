import { DAY_MS, isoWeekday, localDayStart, MINUTE_MS, minutesOf } from '../shared/clock';

/** One day of a clinic's week, local time. */
export interface WorkingHours {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: string;
  closes: string;
}

/** When a doctor receives: which weekdays, and which part of the clinic's day. */
export interface DoctorShift {
  weekdays: number[];
  /** The first half of the clinic's day, the second, or all of it. */
  part: 'MORNING' | 'EVENING' | 'FULL';
}

export interface PlannedSlot {
  startsAt: Date;
  durationMinutes: number;
}

/**
 * A doctor's slots for `days` local days from the one `from` falls in: the clinic's hours on the
 * doctor's weekdays, cut into `slotMinutes` pieces; only slots starting after `from`.
 */
export function planSlots(options: {
  hours: readonly WorkingHours[];
  utcOffsetMinutes: number;
  shift: DoctorShift;
  slotMinutes: number;
  from: Date;
  days: number;
}): PlannedSlot[] {
  const { hours, utcOffsetMinutes, shift, slotMinutes, from } = options;
  const planned: PlannedSlot[] = [];
  const firstDay = localDayStart(from, utcOffsetMinutes);
  for (let index = 0; index < options.days; index += 1) {
    const midnight = new Date(firstDay.getTime() + index * DAY_MS);
    const weekday = isoWeekday(midnight, utcOffsetMinutes);
    if (!shift.weekdays.includes(weekday)) continue;
    const day = hours.find((h) => h.weekday === weekday);
    if (!day) continue;
    let opens = minutesOf(day.opens);
    let closes = minutesOf(day.closes);
    const middle = opens + Math.floor((closes - opens) / 2 / slotMinutes) * slotMinutes;
    if (shift.part === 'MORNING') closes = middle;
    if (shift.part === 'EVENING') opens = middle;
    for (let minute = opens; minute + slotMinutes <= closes; minute += slotMinutes) {
      const startsAt = new Date(midnight.getTime() + minute * MINUTE_MS);
      if (startsAt > from) planned.push({ startsAt, durationMinutes: slotMinutes });
    }
  }
  return planned;
}
