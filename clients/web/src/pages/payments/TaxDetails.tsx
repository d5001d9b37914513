import type { AccountPaymentsDueQuery } from '@eco/sdk';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import { paymentsMessages } from './messages';
import { date, rubles } from '../../i18n/format';

export type DueTax = NonNullable<NonNullable<AccountPaymentsDueQuery['me']>['taxes']>['edges'][number]['node'];

/** A tax accrual: its kind, what is taxed, the year, the sum and the due date. */
export function TaxDetails({ tax }: { tax: DueTax }) {
  const t = useAreaMessages(paymentsMessages);
  const { locale } = useI18n();
  return (
    <>
      <dl className="account-meta">
        <dt>{t('tax.uin')}</dt>
        <dd>{tax.uin}</dd>
        <dt>{t('tax.object')}</dt>
        <dd>{tax.object}</dd>
        <dt>{t('tax.period')}</dt>
        <dd>{tax.period}</dd>
        <dt>{t('payments.due')}</dt>
        <dd>
          <span className="account-amount">{rubles(tax.amountDue, locale)}</span>
        </dd>
        <dt>{t('tax.dueDate')}</dt>
        <dd className={tax.status === 'OVERDUE' ? 'account-urgent' : undefined}>
          {date(tax.dueDate, locale)}
          {tax.status === 'OVERDUE' && ` — ${t('payments.overdue')}`}
        </dd>
      </dl>
      {!tax.payable && <p>{t('payments.notPayable')}</p>}
    </>
  );
}
