import { AccountPayInvoiceDocument, type AccountPayInvoiceMutation } from '@eco/sdk';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useRequest } from '../../api/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { useAreaMessages, useI18n } from '../../i18n/i18n';
import { newKey, userErrorsProblem } from '../applications/common';
import { formatCardNumber, normalizedExpiry, cardDigits, validateCard, type CardFields, type CardProblems } from './card';
import { paymentsMessages } from './messages';
import { openReceipt } from './receipt';
import { ReceiptLink } from './ReceiptLink';
import { TestCards } from './TestCards';
import '../applications/account.css';
import { rubles } from '../../i18n/format';

export type PaidPayment = NonNullable<NonNullable<AccountPayInvoiceMutation['payInvoice']>['payment']>;

/**
 * Pays one invoice by card (sandbox cards), then shows the result and the receipt. Fields are
 * checked as they are left and on submit; the API's refusal (a declined card) is announced.
 */
export function CardPaymentForm({ invoiceId, amountKopecks, onPaid, headingLevel = 2 }: { invoiceId: string; amountKopecks: number; onPaid?: (payment: PaidPayment) => void; headingLevel?: 2 | 3 }) {
  const t = useAreaMessages(paymentsMessages);
  const { locale } = useI18n();
  const request = useRequest();
  const headingId = useId();
  const [card, setCard] = useState<CardFields>({ number: '', expiry: '', cvc: '' });
  const [touched, setTouched] = useState<Partial<Record<keyof CardFields, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [paid, setPaid] = useState<PaidPayment | null>(null);
  // One key per card attempt: resending the same request (a lost answer) is not a second payment.
  const attempt = useRef<{ key: string; request: string } | null>(null);

  const problems: CardProblems = validateCard(card, new Date());
  const shown = (field: keyof CardFields) => ((submitted || touched[field]) && problems[field] ? t(problems[field]) : null);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const amount = rubles(amountKopecks, locale);

  async function pay(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (Object.keys(problems).length > 0) return;
    const input = { invoiceId, method: 'CARD' as const, card: { testCardNumber: cardDigits(card.number), expiry: normalizedExpiry(card.expiry), cvc: card.cvc } };
    const signature = JSON.stringify(input);
    if (!attempt.current || attempt.current.request !== signature) attempt.current = { key: newKey(), request: signature };
    setBusy(true);
    try {
      const { payInvoice } = await request(AccountPayInvoiceDocument, { input: { ...input, idempotencyKey: attempt.current.key } });
      const refused = userErrorsProblem(payInvoice?.userErrors);
      const payment = payInvoice?.payment;
      if (refused) setProblem(refused);
      else if (payment?.status === 'CAPTURED') {
        setPaid(payment);
        onPaid?.(payment);
      } else if (payment) {
        setProblem(new Error(t('card.declined', { reason: payment.failureMessage ?? payment.failureCode ?? payment.status })));
        attempt.current = null;
      }
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  if (paid) {
    return (
      <section className="card account-panel" aria-labelledby={headingId}>
        <Heading id={headingId}>{t('card.title')}</Heading>
        <p className="success" role="status">
          <span aria-hidden="true">✓ </span>
          {t('card.paid', { amount: rubles(paid.amountKopecks, locale), brand: paid.cardBrand ?? '', last4: paid.cardLast4 ?? '' })}
        </p>
        {paid.receipt && <ReceiptLink paymentId={paid.id} receipt={paid.receipt} />}
      </section>
    );
  }

  return (
    <section className="card account-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('card.title')}</Heading>
      <p>{t('card.amount', { amount })}</p>
      <form onSubmit={pay} noValidate>
        <TextField
          label={t('card.number')}
          hint={t('card.numberHint')}
          value={card.number}
          onChange={(e) => setCard({ ...card, number: formatCardNumber(e.target.value) })}
          onBlur={() => setTouched({ ...touched, number: true })}
          error={shown('number')}
          inputMode="numeric"
          autoComplete="cc-number"
          required
        />
        <TestCards onUse={(number) => setCard({ ...card, number: formatCardNumber(number) })} />
        <div className="account-row">
          <TextField
            label={t('card.expiry')}
            value={card.expiry}
            onChange={(e) => setCard({ ...card, expiry: e.target.value.replace(/[^\d/]/g, '').slice(0, 5) })}
            onBlur={() => setTouched({ ...touched, expiry: true })}
            error={shown('expiry')}
            placeholder="MM/YY"
            inputMode="numeric"
            autoComplete="cc-exp"
            size={7}
            required
          />
          <TextField
            label={t('card.cvc')}
            hint={t('card.cvcHint')}
            type="password"
            value={card.cvc}
            onChange={(e) => setCard({ ...card, cvc: e.target.value.replace(/\D/g, '').slice(0, 3) })}
            onBlur={() => setTouched({ ...touched, cvc: true })}
            error={shown('cvc')}
            inputMode="numeric"
            autoComplete="cc-csc"
            size={5}
            required
          />
        </div>
        <ErrorMessage error={problem} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('card.paying') : t('card.pay', { amount })}
        </button>
      </form>
    </section>
  );
}

/** The receipt of a captured payment, fetched with the token (see openReceipt). */
export function ReceiptButton({ paymentId, accessToken, refresh }: { paymentId: string; accessToken: string | null; refresh: () => Promise<string | null> }) {
  const t = useAreaMessages(paymentsMessages);
  const [problem, setProblem] = useState<unknown>(null);
  return (
    <>
      <button type="button" className="secondary" onClick={() => openReceipt(paymentId, accessToken, refresh).then(() => setProblem(null), setProblem)}>
        {t('card.receipt')} <span className="hint">({t('card.receiptHint')})</span>
      </button>
      <ErrorMessage error={problem} />
    </>
  );
}
