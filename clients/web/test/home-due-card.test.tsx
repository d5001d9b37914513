import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../src/i18n/i18n';
import { DueCard } from '../src/pages/home/DueCard';

const NOW = new Date('2026-12-03T12:00:00Z');
const fine = {
  id: 'f1',
  offence: 'Превышение скорости на 20–40 км/ч (ст. 12.9 ч. 2 КоАП РФ)',
  article: '12.9',
  part: '2',
  offenceAt: '2026-11-26T08:20:00Z',
  amountDue: 25_000,
  discountApplies: true,
  discountDeadline: '2026-12-15T20:59:59.999Z',
  paymentDeadline: '2027-02-08',
  status: 'UNPAID' as const,
};
const overdueTax = { id: 't1', type: 'TRANSPORT' as const, period: 2025, object: 'Toyota Camry, А123ВС77', amountDue: 905_000, dueDate: '2026-12-01', status: 'OVERDUE' as const };

const renderCard = (props: Parameters<typeof DueCard>[0], locale: Locale = 'ru') =>
  render(
    <I18nProvider locale={locale}>
      <MemoryRouter>
        <DueCard {...props} />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('DueCard', () => {
  it('names a fine by its offence, links it to payment and counts down its discount', () => {
    renderCard({ fines: [fine], taxes: [overdueTax], now: NOW });
    expect(screen.getByRole('link', { name: fine.offence }).getAttribute('href')).toBe('/payments');
    expect(screen.getByText('скидка 50 % ещё 12 дней')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Транспортный налог за 2025 год' }).getAttribute('href')).toBe('/payments');
    expect(screen.getByText(/срок оплаты истёк 1 декабря 2026/)).toBeTruthy();
  });

  it('says when the discount is over: the payment deadline instead', () => {
    renderCard({ fines: [{ ...fine, discountApplies: false, discountDeadline: null, amountDue: 50_000 }], taxes: [], now: NOW });
    expect(screen.queryByText(/скидка/)).toBeNull();
    expect(screen.getByText(/оплатить до 8 февраля 2027/)).toBeTruthy();
  });

  it('in English, and an empty list says so', () => {
    renderCard({ fines: [{ ...fine, discountDeadline: '2026-12-03T20:59:59.999Z' }], taxes: [], now: NOW }, 'en');
    expect(screen.getByText('50 % discount: last day')).toBeTruthy();
    renderCard({ fines: [], taxes: [], now: NOW }, 'en');
    expect(screen.getByText('No unpaid fines or taxes')).toBeTruthy();
  });
});
