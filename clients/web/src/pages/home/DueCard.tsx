import type { CitizenHomeQuery } from '@eco/sdk';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { rubles } from '../../i18n/format';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { calendarDay, daysInWords, discountDaysLeft, moment } from './home-format';
import { homeMessages } from './messages';

type Me = NonNullable<CitizenHomeQuery['me']>;
type Fine = NonNullable<Me['fines']>['edges'][number]['node'];
type Tax = NonNullable<Me['taxes']>['edges'][number]['node'];

/** What is due, each by what it is (the offence, the tax), with its amount and clock; each leads to paying. */
export function DueCard({ fines, taxes, now, unavailable }: { fines: Fine[]; taxes: Tax[]; now: Date; unavailable?: ReactNode }) {
  const t = useAreaMessages(homeMessages);
  const { locale } = useI18n();

  /** The fine's clock in words, and its tone: a discount still open, a deadline missed, or plain. */
  function fineNote(fine: Fine): { text: string; tone?: 'success' | 'error' } {
    if (fine.status === 'OVERDUE') return { text: t('overdue', { date: calendarDay(fine.paymentDeadline, locale) }), tone: 'error' };
    const days = fine.discountApplies ? discountDaysLeft(fine.discountDeadline, now) : null;
    if (days === 0) return { text: t('discountLastDay'), tone: 'success' };
    if (days !== null) return { text: t('discountDays', { days: daysInWords(days, locale) }), tone: 'success' };
    return { text: t('payBy', { date: calendarDay(fine.paymentDeadline, locale) }) };
  }

  return (
    <section className="card" aria-labelledby="home-due">
      <h2 id="home-due">{t('due')}</h2>
      {unavailable ? unavailable : fines.length + taxes.length === 0 ? (
        <p>{t('noDue')}</p>
      ) : (
        <ul className="home-list">
          {fines.map((fine) => (
            <li key={fine.id}>
              <Link to="/payments">{fine.offence}</Link>, <span className="hint">{t('offenceOn', { date: moment(fine.offenceAt, locale) })}</span>
              <br />
              <strong>{rubles(fine.amountDue, locale)}</strong> — <span className={fineNote(fine).tone}>{fineNote(fine).text}</span>
            </li>
          ))}
          {taxes.map((tax) => (
            <li key={tax.id}>
              <Link to="/payments">{t(`tax.${tax.type}`, { period: tax.period })}</Link>, <span className="hint">{tax.object}</span>
              <br />
              <strong>{rubles(tax.amountDue, locale)}</strong> —{' '}
              <span className={tax.status === 'OVERDUE' ? 'error' : undefined}>{t(tax.status === 'OVERDUE' ? 'overdue' : 'payBy', { date: calendarDay(tax.dueDate, locale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
