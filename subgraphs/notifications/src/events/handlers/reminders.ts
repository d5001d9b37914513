import { fineDiscountEnding, taxDueSoon } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { formatDate, formatRubles } from './payload-values';

/** «Скидка 50 % на штраф действует до …»: a few days before the KoAP 32.2 discount ends. */
export const fineDiscountEndingHandler = eventHandler({
  contract: fineDiscountEnding,
  label: { ru: 'Окончание скидки на штраф', en: 'Fine discount ending' },
  defaultChannels: { email: true, sms: true },
  notificationsFor: ({ ownerId, amountDue, deadline }) => [
    {
      userId: ownerId,
      title: { ru: 'Скоро закончится скидка 50 % на штраф', en: 'The 50% fine discount ends soon' },
      body: {
        ru: `Оплатите ${formatRubles(amountDue, 'ru')} до ${formatDate(deadline, 'ru')}, чтобы сохранить скидку.`,
        en: `Pay ${formatRubles(amountDue, 'en')} by ${formatDate(deadline, 'en')} to keep the discount.`,
      },
    },
  ],
});

/** «Срок уплаты налога — 1 декабря»: 30 and 7 days before a tax is due. */
export const taxDueSoonHandler = eventHandler({
  contract: taxDueSoon,
  label: { ru: 'Срок уплаты налога', en: 'Tax due date' },
  defaultChannels: { email: true, sms: false },
  notificationsFor: ({ ownerId, amountDue, deadline }) => [
    {
      userId: ownerId,
      title: { ru: 'Приближается срок уплаты налога', en: 'A tax payment is due soon' },
      body: {
        ru: `К уплате ${formatRubles(amountDue, 'ru')} до ${formatDate(deadline, 'ru')}.`,
        en: `${formatRubles(amountDue, 'en')} is due by ${formatDate(deadline, 'en')}.`,
      },
    },
  ],
});
