import { isExcludedFromDiscount } from '../src/fines/koap';
import { fineAmountDueAt } from '../src/fines/fine-terms';
import { normalizePlate } from '../src/fines/vehicle-ids';
import { day } from '../src/shared/calendar';

const base = { article: '12.9', part: '2', decisionDate: day('2026-03-02'), paymentDueDate: day('2026-05-11'), amountKopecks: 50_000, state: 'UNPAID' as const };

describe('KoAP 32.2 part 1.3 (pure rules)', () => {
  it('counts day 20 in Moscow time: until 23:59:59 MSK of the 20th day half, from midnight full', () => {
    expect(fineAmountDueAt(base, new Date('2026-03-22T20:59:59.999Z'))).toBe(25_000);
    expect(fineAmountDueAt(base, new Date('2026-03-22T21:00:00.000Z'))).toBe(50_000);
  });

  it('models the exclusion list as data: whole articles and single parts', () => {
    expect(isExcludedFromDiscount({ article: '12.8', part: '1' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.26', part: null })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.24', part: '2' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.9', part: '6' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.9', part: '7' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.9', part: '2' })).toBe(false);
    expect(isExcludedFromDiscount({ article: '12.1', part: '1.1' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.1', part: '1' })).toBe(false);
    expect(isExcludedFromDiscount({ article: '12.16', part: '3.1' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.16', part: '3' })).toBe(false);
    expect(isExcludedFromDiscount({ article: '12.27', part: '3' })).toBe(true);
    expect(isExcludedFromDiscount({ article: '12.12', part: '1' })).toBe(false);
  });

  it('normalizes Latin look-alikes in plates', () => {
    expect(normalizePlate('a 123 bc 77')).toBe('А123ВС77');
  });
});
