import { rubles } from '../src/i18n/format';
import { describe, expect, it } from 'vitest';
import { daysInWords, discountDaysLeft } from '../src/pages/home/home-format';

// The API's discountDeadline: 23:59:59.999 Moscow time (UTC+3) on the discount's last day.
const LAST_DAY_15_DEC = '2026-12-15T20:59:59.999Z';

describe('discountDaysLeft', () => {
  it('counts the Moscow days after today up to the last day', () => {
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-03T12:00:00Z'))).toBe(12);
  });

  it('is 0 on the last day, even minutes before its end', () => {
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-15T00:00:00Z'))).toBe(0);
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-15T20:59:00Z'))).toBe(0);
  });

  it('counts by the Moscow day, not the UTC one: at 22:00 UTC it is already the next day in Moscow', () => {
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-13T22:00:00Z'))).toBe(1);
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-13T20:00:00Z'))).toBe(2);
  });

  it('is null once the discount has ended, or when there is none', () => {
    expect(discountDaysLeft(LAST_DAY_15_DEC, new Date('2026-12-15T21:00:00Z'))).toBeNull();
    expect(discountDaysLeft(null, new Date())).toBeNull();
    expect(discountDaysLeft('not a date', new Date())).toBeNull();
  });
});

describe('daysInWords', () => {
  it('agrees the Russian noun with the number', () => {
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25].map((n) => daysInWords(n, 'ru'))).toEqual(['1 день', '2 дня', '4 дня', '5 дней', '11 дней', '12 дней', '21 день', '22 дня', '25 дней']);
  });

  it('says day or days in English', () => {
    expect([1, 2, 0].map((n) => daysInWords(n, 'en'))).toEqual(['1 day', '2 days', '0 days']);
  });
});

describe('rubles', () => {
  it('shows kopecks as rubles', () => {
    expect(rubles(125_000, 'ru').replace(/\s/g, ' ')).toBe('1 250,00 ₽');
    expect(rubles(125_000, 'en')).toMatch(/1,250\.00/);
  });
});
