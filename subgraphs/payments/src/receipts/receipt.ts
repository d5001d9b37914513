import escapeHtml from 'escape-html';
import type { InvoiceRow } from '../invoices/invoices.service';
import type { PaymentRow } from '../payments/payments.service';

/** A receipt (квитанция) of a captured payment: everything a payer shows as proof of payment. */
export interface Receipt {
  number: string;
  paymentId: string;
  invoiceId: string;
  issuedAt: Date;
  amountKopecks: number;
  payerId: string;
  purposeRu: string;
  purposeEn: string;
  uin: string;
  method: string;
  cardBrand: string | null;
  cardLast4: string | null;
}

/** null until the payment is captured: only money actually taken gets a receipt. */
export function receiptOf(payment: PaymentRow, invoice: InvoiceRow): Receipt | null {
  if (payment.status !== 'CAPTURED' || !payment.capturedAt || !payment.receiptNumber) return null;
  return {
    number: payment.receiptNumber,
    paymentId: payment.id,
    invoiceId: invoice.id,
    issuedAt: payment.capturedAt,
    amountKopecks: payment.amountKopecks,
    payerId: payment.payerId,
    purposeRu: invoice.purposeRu,
    purposeEn: invoice.purposeEn,
    uin: invoice.uin,
    method: payment.method,
    cardBrand: payment.cardBrand,
    cardLast4: payment.cardLast4,
  };
}

export function receiptJson(receipt: Receipt) {
  return { ...receipt, issuedAt: receipt.issuedAt.toISOString() };
}

export const formatRubles = (kopecks: number) => `${Math.floor(kopecks / 100)},${String(kopecks % 100).padStart(2, '0')} ₽`;

/** A printable receipt page (bilingual; print CSS, no scripts). */
export function receiptHtml(receipt: Receipt): string {
  const rows: [string, string][] = [
    ['Номер квитанции / Receipt no.', receipt.number],
    ['Дата и время (UTC) / Date and time (UTC)', receipt.issuedAt.toISOString().replace('T', ' ').slice(0, 19)],
    ['Сумма / Amount', formatRubles(receipt.amountKopecks)],
    ['Плательщик / Payer', receipt.payerId],
    ['Назначение платежа', receipt.purposeRu],
    ['Purpose', receipt.purposeEn],
    ['УИН / UIN', receipt.uin],
    ['Способ оплаты / Method', receipt.cardLast4 ? `${receipt.method} ${receipt.cardBrand ?? ''} •••• ${receipt.cardLast4}` : receipt.method],
    ['Идентификатор платежа / Payment id', receipt.paymentId],
  ];
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Квитанция ${escapeHtml(receipt.number)}</title>
<style>
  body { font-family: Arial, sans-serif; max-width: 720px; margin: 2em auto; color: #000; }
  h1 { font-size: 1.4em; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #ccc; vertical-align: top; }
  th { width: 40%; font-weight: normal; color: #444; }
  .paid { margin-top: 1.5em; font-weight: bold; border: 2px solid #000; display: inline-block; padding: 4px 12px; }
  @media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>Квитанция об оплате / Payment receipt</h1>
<table>
${rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n')}
</table>
<div class="paid">ОПЛАЧЕНО / PAID</div>
</body>
</html>
`;
}
