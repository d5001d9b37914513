import { useId } from 'react';
import { useAreaMessages } from '../../i18n/i18n';
import { paymentsMessages } from './messages';
import { SANDBOX_TEST_CARDS } from './test-cards';

/** The sandbox's test cards, each one click from the card number field. */
export function TestCards({ onUse }: { onUse: (number: string) => void }) {
  const t = useAreaMessages(paymentsMessages);
  const titleId = useId();
  return (
    <details className="account-panel">
      <summary id={titleId}>{t('testCards.title')}</summary>
      <p className="hint">{t('testCards.intro')}</p>
      <div className="account-table-wrap">
        <table aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">{t('testCards.number')}</th>
              <th scope="col">{t('testCards.outcome')}</th>
              <th scope="col">
                <span className="account-sr-only">{t('testCards.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {SANDBOX_TEST_CARDS.map((card) => (
              <tr key={card.number}>
                <th scope="row">{card.number}</th>
                <td>{t(card.outcome)}</td>
                <td>
                  <button type="button" className="link-button" aria-label={t('testCards.useFor', { number: card.number })} onClick={() => onUse(card.number)}>
                    {t('testCards.use')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
