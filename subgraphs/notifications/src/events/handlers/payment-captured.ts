import type { FeedEvent } from '@eco/kit';
import type { EventHandler } from '../event-handler';
import { formatRubles, isUuid } from './payload-values';

/** The payload payments writes when a payment is captured (its outbox contract). */
interface PaymentCapturedPayload {
  payerId: string;
  amountKopecks: number;
  source: 'STATE_FEE' | 'FINE' | 'TAX';
}

const SOURCE_TEXT: Record<PaymentCapturedPayload['source'], { ru: string; en: string }> = {
  STATE_FEE: { ru: 'госпошлина', en: 'state fee' },
  FINE: { ru: 'штраф', en: 'fine' },
  TAX: { ru: 'налог', en: 'tax' },
};

function parse(payload: Record<string, unknown>): PaymentCapturedPayload | null {
  const { payerId, amountKopecks, source } = payload;
  if (!isUuid(payerId) || typeof amountKopecks !== 'number' || !Number.isInteger(amountKopecks)) return null;
  if (source !== 'STATE_FEE' && source !== 'FINE' && source !== 'TAX') return null;
  return { payerId, amountKopecks, source };
}

/** «Оплата прошла: штраф, 1 500,00 ₽» for the payer, with the receipt in their account. */
export const paymentCaptured: EventHandler = {
  type: 'payment.captured',
  source: 'payments',
  label: { ru: 'Оплата', en: 'Payments' },
  defaultChannels: { email: true, sms: false },
  notificationsFor(event: FeedEvent) {
    const payload = parse(event.payload);
    if (!payload) return null;
    const what = SOURCE_TEXT[payload.source];
    return [
      {
        userId: payload.payerId.toLowerCase(),
        title: { ru: `Оплата прошла: ${what.ru}`, en: `Payment received: ${what.en}` },
        body: {
          ru: `Платёж на ${formatRubles(payload.amountKopecks, 'ru')} принят. Квитанция — в личном кабинете.`,
          en: `Your payment of ${formatRubles(payload.amountKopecks, 'en')} has been received. The receipt is in your account.`,
        },
      },
    ];
  },
};
