import type { AccountPaymentsDueQuery } from '@eco/sdk';
import { useAreaMessages, useI18n } from '../../i18n/i18n';

import { discountCountdown } from './discount';
import { countdownText } from './countdown-text';
import { paymentsMessages } from './messages';
import { date, dateTime, rubles } from '../../i18n/format';

export type DueFine = NonNullable<NonNullable<AccountPaymentsDueQuery['me']>['fines']>['edges'][number]['node'];

/** What a resolution says: the offence and its article, where and with which vehicle, the sums and the deadlines. */
export function FineDetails({ fine, now }: { fine: DueFine; now: Date }) {
  const t = useAreaMessages(paymentsMessages);
  const { locale } = useI18n();
  const left = fine.discountApplies ? discountCountdown(fine.discountDeadline, now) : null;
  return (
    <>
      <p>{fine.offence}</p>
      <dl className="account-meta">
        <dt>{t('fine.article')}</dt>
        <dd>{fine.part ? t('fine.articlePart', { article: fine.article, part: fine.part }) : t('fine.articleOnly', { article: fine.article })}</dd>
        <dt>{t('fine.when')}</dt>
        <dd>{dateTime(fine.offenceAt, locale)}</dd>
        <dt>{t('fine.place')}</dt>
        <dd>{fine.offencePlace}</dd>
        <dt>{t('fine.vehicle')}</dt>
        <dd>{fine.vehiclePlate}</dd>
        <dt>{t('fine.amount')}</dt>
        <dd>{rubles(fine.amountKopecks, locale)}</dd>
        <dt>{t('payments.due')}</dt>
        <dd>
          <span className="account-amount">{rubles(fine.amountDue, locale)}</span>
        </dd>
        <dt>{t('fine.discount')}</dt>
        <dd className={left?.urgent ? 'account-urgent' : undefined}>
          {left ? (
            <>
              {left.urgent && <span aria-hidden="true">⚠ </span>}
              {left.urgent ? t('payments.discountUrgent', { left: countdownText(left, t) }) : t('payments.discount', { left: countdownText(left, t), date: dateTime(fine.discountDeadline!, locale) })}
            </>
          ) : fine.discountExcluded ? (
            t('fine.discountExcluded')
          ) : (
            t('fine.discountOver')
          )}
        </dd>
        <dt>{t('fine.deadline')}</dt>
        <dd className={fine.status === 'OVERDUE' ? 'account-urgent' : undefined}>
          {date(fine.paymentDeadline, locale)}
          {fine.status === 'OVERDUE' && ` — ${t('payments.overdue')}`}
        </dd>
      </dl>
      {!fine.payable && <p>{t('payments.notPayable')}</p>}
    </>
  );
}
