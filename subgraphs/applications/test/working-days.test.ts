import { DeadlineBucket, deadlineBucketOf, deadlineRange } from '../src/deadlines/deadline-bucket';
import { addWorkingDays, isWorkingDay, moscowDate, processingDeadline } from '../src/deadlines/working-days';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('working days (Mon–Fri minus Russian public holidays)', () => {
  test('weekends and every fixed public holiday are days off', () => {
    for (const holiday of ['2026-01-01', '2026-01-05', '2026-01-08', '2026-02-23', '2026-03-09', '2026-05-01', '2026-06-12', '2026-11-04']) {
      // 2026-03-09 is a plain Monday: it must be a working day (the moved day off is not modelled).
      expect(isWorkingDay(day(holiday))).toBe(holiday === '2026-03-09');
    }
    expect(isWorkingDay(day('2026-05-09'))).toBe(false); // Victory Day (a Saturday anyway)
    expect(isWorkingDay(day('2027-05-10'))).toBe(true); // a Monday
    expect(isWorkingDay(day('2026-03-07'))).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-03-08'))).toBe(false); // Sunday and holiday
    expect(isWorkingDay(day('2026-01-09'))).toBe(true); // first working day of 2026
  });

  test('counting starts the day after, and the New Year holidays do not count', () => {
    expect(iso(addWorkingDays(day('2025-12-31'), 1))).toBe('2026-01-09');
    expect(iso(addWorkingDays(day('2025-12-30'), 2))).toBe('2026-01-09');
    expect(iso(addWorkingDays(day('2025-12-29'), 5))).toBe('2026-01-13');
    // Registered on a holiday: the term starts with the first working day after it.
    expect(iso(addWorkingDays(day('2026-01-03'), 1))).toBe('2026-01-09');
  });

  test('weekends and mid-year holidays are skipped', () => {
    expect(iso(addWorkingDays(day('2026-03-06'), 1))).toBe('2026-03-09'); // Fri → Mon
    expect(iso(addWorkingDays(day('2026-02-20'), 1))).toBe('2026-02-24'); // Fri → Tue (23 Feb)
    expect(iso(addWorkingDays(day('2026-04-30'), 1))).toBe('2026-05-04'); // Thu → Mon (1 May)
    expect(iso(addWorkingDays(day('2026-06-11'), 1))).toBe('2026-06-15'); // Thu → Mon (12 Jun)
    expect(iso(addWorkingDays(day('2026-03-02'), 10))).toBe('2026-03-16');
    expect(iso(addWorkingDays(day('2026-03-02'), 0))).toBe('2026-03-02');
  });

  test('a negative or fractional number of days is refused', () => {
    expect(() => addWorkingDays(day('2026-03-02'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(day('2026-03-02'), 1.5)).toThrow(RangeError);
  });

  test('the deadline is the end of the last working day in Moscow time', () => {
    // Monday 12:00 in Moscow, 10 working days.
    expect(processingDeadline(new Date('2026-03-02T09:00:00Z'), 10).toISOString()).toBe('2026-03-16T20:59:59.999Z');
    // 01:00 on Saturday in Moscow is still Friday in UTC: the Moscow calendar decides.
    expect(iso(moscowDate(new Date('2026-03-06T22:00:00Z')))).toBe('2026-03-07');
    expect(processingDeadline(new Date('2026-03-06T22:00:00Z'), 1).toISOString()).toBe('2026-03-09T20:59:59.999Z');
    // Registered on 31 December: one working day is 9 January.
    expect(processingDeadline(new Date('2025-12-31T10:00:00Z'), 1).toISOString()).toBe('2026-01-09T20:59:59.999Z');
  });
});

describe('deadline buckets', () => {
  const now = new Date('2026-03-04T09:00:00Z'); // Wednesday, 12:00 in Moscow

  test('ranges split the time line at now, the end of today and the end of Sunday (Moscow)', () => {
    expect(deadlineRange(DeadlineBucket.OVERDUE, now)).toEqual({ lt: now });
    expect(deadlineRange(DeadlineBucket.TODAY, now)).toEqual({ gte: now, lte: new Date('2026-03-04T20:59:59.999Z') });
    expect(deadlineRange(DeadlineBucket.THIS_WEEK, now)).toEqual({ gt: new Date('2026-03-04T20:59:59.999Z'), lte: new Date('2026-03-08T20:59:59.999Z') });
    expect(deadlineRange(DeadlineBucket.LATER, now)).toEqual({ gt: new Date('2026-03-08T20:59:59.999Z') });
  });

  test('every deadline falls in exactly one bucket', () => {
    const cases: [string, DeadlineBucket][] = [
      ['2026-03-03T20:59:59.999Z', DeadlineBucket.OVERDUE],
      ['2026-03-04T08:59:59.999Z', DeadlineBucket.OVERDUE],
      ['2026-03-04T20:59:59.999Z', DeadlineBucket.TODAY],
      ['2026-03-05T20:59:59.999Z', DeadlineBucket.THIS_WEEK],
      ['2026-03-08T20:59:59.999Z', DeadlineBucket.THIS_WEEK],
      ['2026-03-09T20:59:59.999Z', DeadlineBucket.LATER],
    ];
    for (const [deadline, bucket] of cases) expect([deadline, deadlineBucketOf(new Date(deadline), now)]).toEqual([deadline, bucket]);
  });

  test('on a Sunday, this week ends today', () => {
    const sunday = new Date('2026-03-08T09:00:00Z');
    expect(deadlineRange(DeadlineBucket.THIS_WEEK, sunday)).toEqual({ gt: new Date('2026-03-08T20:59:59.999Z'), lte: new Date('2026-03-08T20:59:59.999Z') });
    expect(deadlineBucketOf(new Date('2026-03-09T20:59:59.999Z'), sunday)).toBe(DeadlineBucket.LATER);
  });
});
