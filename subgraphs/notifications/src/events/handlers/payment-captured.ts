import { paymentCaptured, type INVOICE_SOURCES } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { formatRubles } from './payload-values';

const SOURCE_TEXT: Record<(typeof INVOICE_SOURCES)[number], { ru: string; en: string }> = {
  STATE_FEE: { ru: 'госпошлина', en: 'state fee' },
  FINE: { ru: 'штраф', en: 'fine' },
  TAX: { ru: 'налог', en: 'tax' },
};

/** «Оплата прошла: штраф, 1 500,00 ₽» for the payer, with the receipt in their account. */
export const paymentCapturedHandler = eventHandler({
  contract: paymentCaptured,
  label: { ru: 'Оплата', en: 'Payments' },
  defaultChannels: { email: true, sms: false },
  notificationsFor({ payerId, amountKopecks, source }) {
    const what = SOURCE_TEXT[source];
    return [
      {
        userId: payerId,
        title: { ru: `Оплата прошла: ${what.ru}`, en: `Payment received: ${what.en}` },
        body: {
          ru: `Платёж на ${formatRubles(amountKopecks, 'ru')} принят. Квитанция — в личном кабинете.`,
          en: `Your payment of ${formatRubles(amountKopecks, 'en')} has been received. The receipt is in your account.`,
        },
      },
    ];
  },
});
