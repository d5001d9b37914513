import { AccountCreateInvoiceDocument, AccountPaymentsDueDocument, type AccountOpenInvoiceFragment } from '@eco/sdk';
import { useEffect, useId, useState } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { userErrorsProblem } from '../applications/common';
import { CardPaymentForm } from './CardPaymentForm';
import { DueItemRow } from './DueItemRow';
import { FineDetails } from './FineDetails';
import { paymentsMessages } from './messages';
import { selectedTotal } from './discount';
import { invoiceCoveringExactly, openInvoiceOf, openInvoicesOf, stillDue } from './selection';
import { TaxDetails } from './TaxDetails';
import '../applications/account.css';
import { rubles } from '../../i18n/format';

type Source = 'FINE' | 'TAX';

/** Re-renders every minute, so countdowns stay current. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Fines and taxes due: tick one or several of one kind, get one invoice for them (createInvoice
 * takes them all at once), pay it by card, open the receipt. Items already on an unpaid invoice
 * are paid through that invoice, as the API allows no second one for them.
 */
export function PaymentsPage() {
  const t = useAreaMessages(paymentsMessages);
  const { t: common, locale } = useI18n();
  const request = useRequest();
  const now = useMinuteClock();
  const { data, error, loading, reload } = useQuery(AccountPaymentsDueDocument);
  const [source, setSource] = useState<Source | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [checkout, setCheckout] = useState<AccountOpenInvoiceFragment | null>(null);
  const [paid, setPaid] = useState(false);
  const [paidIds, setPaidIds] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const summaryId = useId();

  const fines = stillDue((data?.me?.fines?.edges ?? []).map((e) => e.node), paidIds);
  const taxes = stillDue((data?.me?.taxes?.edges ?? []).map((e) => e.node), paidIds);
  const items = source === 'TAX' ? taxes : fines;
  const waiting = [...openInvoicesOf(fines), ...openInvoicesOf(taxes)].filter((invoice) => invoice.id !== checkout?.id);

  const toggle = (kind: Source, id: string, on: boolean) => {
    if (checkout) return;
    const next = new Set(kind === source ? selected : []);
    if (on) next.add(id);
    else next.delete(id);
    setSource(next.size ? kind : null);
    setSelected(next);
    setProblem(null);
  };

  async function goToPayment() {
    if (!source || selected.size === 0) return;
    const existing = invoiceCoveringExactly(items, selected);
    if (existing) {
      setCheckout(existing);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const { createInvoice } = await request(AccountCreateInvoiceDocument, { input: { source, sourceIds: [...selected] } });
      const refused = userErrorsProblem(createInvoice?.userErrors);
      if (refused) setProblem(refused);
      else if (createInvoice?.invoice) setCheckout(createInvoice.invoice);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const onPaid = () => {
    setPaid(true);
    if (checkout) setPaidIds((before) => new Set([...before, ...checkout.sourceIds]));
  };

  const finish = () => {
    setCheckout(null);
    setPaid(false);
    setSelected(new Set());
    setSource(null);
    reload();
  };

  if (loading && !data) return <p role="status">{common('common.loading')}</p>;

  return (
    <div className="account-page">
      <h1>{t('payments.title')}</h1>
      <p>{t('payments.intro')}</p>
      <ErrorMessage error={error} />

      <section className="account-panel" aria-labelledby="fines-title">
        <h2 id="fines-title">{t('payments.fines')}</h2>
        {fines.length === 0 ? (
          <p>{t('payments.noFines')}</p>
        ) : (
          <ul className="account-list">
            {fines.map((fine) => (
              <DueItemRow
                key={fine.id}
                id={`pay-fine-${fine.id}`}
                label={t('payments.fine', { uin: fine.uin })}
                checked={source === 'FINE' && selected.has(fine.id)}
                disabled={!fine.payable || !!checkout}
                onToggle={(on) => toggle('FINE', fine.id, on)}
                openInvoiceUin={openInvoiceOf(fine)?.uin ?? null}
              >
                <FineDetails fine={fine} now={now} />
              </DueItemRow>
            ))}
          </ul>
        )}
      </section>

      <section className="account-panel" aria-labelledby="taxes-title">
        <h2 id="taxes-title">{t('payments.taxes')}</h2>
        {taxes.length === 0 ? (
          <p>{t('payments.noTaxes')}</p>
        ) : (
          <ul className="account-list">
            {taxes.map((tax) => (
              <DueItemRow
                key={tax.id}
                id={`pay-tax-${tax.id}`}
                label={t('payments.tax', { type: t(`tax.${tax.type}`), period: tax.period })}
                checked={source === 'TAX' && selected.has(tax.id)}
                disabled={!tax.payable || !!checkout}
                onToggle={(on) => toggle('TAX', tax.id, on)}
                openInvoiceUin={openInvoiceOf(tax)?.uin ?? null}
              >
                <TaxDetails tax={tax} />
              </DueItemRow>
            ))}
          </ul>
        )}
      </section>

      <div className="card account-panel">
        <p id={summaryId} aria-live="polite">
          {t('payments.selected', { count: selected.size, amount: rubles(selectedTotal(items, selected), locale) })}
        </p>
        <p className="hint">{t('payments.pickOneKind')}</p>
        <ErrorMessage error={problem} />
        {!checkout && (
          <button type="button" className="primary" onClick={goToPayment} disabled={busy || selected.size === 0} aria-describedby={summaryId}>
            {busy ? t('payments.creating') : t('payments.createInvoice')}
          </button>
        )}
      </div>

      {waiting.length > 0 && !checkout && (
        <section className="account-panel" aria-labelledby="open-invoices-title">
          <h2 id="open-invoices-title">{t('payments.openInvoices')}</h2>
          <ul className="account-list">
            {waiting.map((invoice) => (
              <li key={invoice.id}>
                <p>{t('payments.openInvoice', { uin: invoice.uin, amount: rubles(invoice.amountKopecks, locale), purpose: invoice.purpose })}</p>
                <button type="button" className="secondary" onClick={() => setCheckout(invoice)}>
                  {t('payments.payOpenInvoice', { uin: invoice.uin })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {checkout && (
        <>
          <p>{t('payments.invoice', { uin: checkout.uin, purpose: checkout.purpose })}</p>
          <CardPaymentForm invoiceId={checkout.id} amountKopecks={checkout.amountKopecks} onPaid={onPaid} />
          {paid && <p className="hint">{t('payments.paidLeft')}</p>}
          <div className="account-actions">
            <button type="button" className="secondary" onClick={finish}>
              {paid ? t('payments.done') : common('common.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
