import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';

import { paymentsMessages } from './messages';
import { openReceipt } from './receipt';
import { dateTime } from '../../i18n/format';

/**
 * The receipt of a captured payment: its number and a link to its printable page. The page wants
 * the bearer token, so a click fetches it with the token (openReceipt) rather than following the href.
 */
export function ReceiptLink({ paymentId, receipt }: { paymentId: string; receipt: { number: string; issuedAt: string } }) {
  const t = useAreaMessages(paymentsMessages);
  const { locale } = useI18n();
  const { accessToken, refresh } = useSession();
  const [problem, setProblem] = useState<unknown>(null);
  return (
    <>
      <p>{t('card.receiptNumber', { number: receipt.number, date: dateTime(receipt.issuedAt, locale) })}</p>
      <p>
        <a
          href={`/receipts/${encodeURIComponent(paymentId)}.html`}
          target="_blank"
          rel="noopener"
          onClick={(event) => {
            event.preventDefault();
            openReceipt(paymentId, accessToken, refresh).then(() => setProblem(null), setProblem);
          }}
        >
          {t('card.receipt')} <span className="hint">({t('card.receiptHint')})</span>
        </a>
      </p>
      <ErrorMessage error={problem} />
    </>
  );
}
