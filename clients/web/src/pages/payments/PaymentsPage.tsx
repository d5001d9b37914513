import { AccountCreateInvoiceDocument, AccountPaymentsDueDocument, type AccountCreateInvoiceMutation } from '@eco/sdk';
import { useEffect, useId, useState } from 'react';
import { useQuery, useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { date, rubles, userErrorsProblem } from '../applications/common';
import { CardPaymentForm } from './CardPaymentForm';
import { discountCountdown, selectedTotal, type Countdown } from './discount';
import { paymentsMessages, type PaymentsKey } from './messages';
import '../applications/account.css';

type Source = 'FINE' | 'TAX';
type Invoice = NonNullable<NonNullable<AccountCreateInvoiceMutation['createInvoice']>['invoice']>;

/** Re-renders every minute, so countdowns stay current. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function countdownText(left: Countdown, t: (key: PaymentsKey, params?: Record<string, string | number>) => string): string {
  return [left.days ? t('time.days', { n: left.days }) : null, left.days || left.hours ? t('time.hours', { n: left.hours }) : null, left.days ? null : t('time.minutes', { n: left.minutes })].filter(Boolean).join(' ');
}

/**
 * Fines and taxes due: tick one or several of one kind, make one invoice (createInvoice), pay it
 * by card, open the receipt. Fines show what is due now and how long the 50 % discount lasts.
 */
export function PaymentsPage() {
  const t = useAreaMessages(paymentsMessages);
  const { t: common, locale } = useI18n();
  const request = useRequest();
  const now = useMinuteClock();
  const { data, error, loading, reload } = useQuery(AccountPaymentsDueDocument);
  const [source, setSource] = useState<Source | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [invoice, setInvoice] = useState<Invoice | null>(null);
  const [paid, setPaid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const summaryId = useId();

  const fines = (data?.me?.fines?.edges ?? []).map((e) => e.node);
  const taxes = (data?.me?.taxes?.edges ?? []).map((e) => e.node);
  const items = source === 'TAX' ? taxes : fines;

  const toggle = (kind: Source, id: string, on: boolean) => {
    if (invoice) return;
    const next = new Set(kind === source ? selected : []);
    if (on) next.add(id);
    else next.delete(id);
    setSource(next.size ? kind : null);
    setSelected(next);
  };

  async function createInvoice() {
    if (!source || selected.size === 0) return;
    setBusy(true);
    setProblem(null);
    try {
      const { createInvoice: result } = await request(AccountCreateInvoiceDocument, { input: { source, sourceIds: [...selected] } });
      const refused = userErrorsProblem(result?.userErrors);
      if (refused) setProblem(refused);
      else if (result?.invoice) setInvoice(result.invoice);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  const finish = () => {
    setInvoice(null);
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
            {fines.map((fine) => {
              const left = fine.discountApplies ? discountCountdown(fine.discountDeadline, now) : null;
              const checkboxId = `pay-fine-${fine.id}`;
              return (
                <li key={fine.id} className="account-item">
                  <input
                    type="checkbox"
                    id={checkboxId}
                    checked={source === 'FINE' && selected.has(fine.id)}
                    disabled={!fine.payable || !!invoice}
                    onChange={(e) => toggle('FINE', fine.id, e.target.checked)}
                    aria-describedby={`${checkboxId}-details`}
                  />
                  <div>
                    <label htmlFor={checkboxId}>{t('payments.fine', { uin: fine.uin })}</label>
                    <div id={`${checkboxId}-details`}>
                      <div>{fine.offence}</div>
                      <div className="hint">
                        {date(fine.offenceAt, locale)}, {fine.offencePlace}, {fine.vehiclePlate}
                      </div>
                      <div>
                        {t('payments.due')}: <span className="account-amount">{rubles(fine.amountDue, locale)}</span>
                        {fine.amountDue !== fine.amountKopecks && <span className="hint"> ({t('payments.full', { amount: rubles(fine.amountKopecks, locale) })})</span>}
                      </div>
                      {left ? (
                        <div className={left.urgent ? 'account-urgent' : undefined}>
                          {left.urgent && <span aria-hidden="true">⚠ </span>}
                          {left.urgent ? t('payments.discountUrgent', { left: countdownText(left, t) }) : t('payments.discount', { left: countdownText(left, t), date: date(fine.discountDeadline!, locale) })}
                        </div>
                      ) : null}
                      {fine.status === 'OVERDUE' ? (
                        <div className="account-urgent">{t('payments.overdue')}</div>
                      ) : (
                        <div className="hint">{t('payments.payUntil', { date: date(fine.paymentDeadline, locale) })}</div>
                      )}
                      {!fine.payable && <div>{t('payments.notPayable')}</div>}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="account-panel" aria-labelledby="taxes-title">
        <h2 id="taxes-title">{t('payments.taxes')}</h2>
        {taxes.length === 0 ? (
          <p>{t('payments.noTaxes')}</p>
        ) : (
          <ul className="account-list">
            {taxes.map((tax) => {
              const checkboxId = `pay-tax-${tax.id}`;
              return (
                <li key={tax.id} className="account-item">
                  <input
                    type="checkbox"
                    id={checkboxId}
                    checked={source === 'TAX' && selected.has(tax.id)}
                    disabled={!tax.payable || !!invoice}
                    onChange={(e) => toggle('TAX', tax.id, e.target.checked)}
                    aria-describedby={`${checkboxId}-details`}
                  />
                  <div>
                    <label htmlFor={checkboxId}>
                      {t('payments.tax', { period: tax.period, object: tax.object })} ({t(`tax.${tax.type}`)})
                    </label>
                    <div id={`${checkboxId}-details`}>
                      <div className="hint">УИН {tax.uin}</div>
                      <div>
                        {t('payments.due')}: <span className="account-amount">{rubles(tax.amountDue, locale)}</span>
                      </div>
                      {tax.status === 'OVERDUE' ? <div className="account-urgent">{t('payments.overdue')}</div> : <div className="hint">{t('payments.payUntil', { date: date(tax.dueDate, locale) })}</div>}
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <div className="card account-panel">
        <p id={summaryId} aria-live="polite">
          {t('payments.selected', { count: selected.size, amount: rubles(selectedTotal(items, selected), locale) })}
        </p>
        <p className="hint">{t('payments.pickOneKind')}</p>
        <ErrorMessage error={problem} />
        {!invoice && (
          <button type="button" className="primary" onClick={createInvoice} disabled={busy || selected.size === 0} aria-describedby={summaryId}>
            {busy ? t('payments.creating') : t('payments.createInvoice')}
          </button>
        )}
      </div>

      {invoice && (
        <>
          <p>{t('payments.invoice', { uin: invoice.uin, purpose: invoice.purpose })}</p>
          <CardPaymentForm invoiceId={invoice.id} amountKopecks={invoice.amountKopecks} onPaid={() => setPaid(true)} />
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
