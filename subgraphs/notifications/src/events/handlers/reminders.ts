import type { FeedEvent } from '@eco/kit';
import type { EventHandler } from '../event-handler';
import { formatDate, formatRubles, isUuid } from './payload-values';

/** The payload taxes-fines writes for its reminders (its outbox contract). */
interface ReminderPayload {
  ownerId: string;
  deadline: string;
  amountDue: number;
}

function parse(payload: Record<string, unknown>): ReminderPayload | null {
  const { ownerId, deadline, amountDue } = payload;
  if (!isUuid(ownerId) || typeof deadline !== 'string' || Number.isNaN(Date.parse(deadline))) return null;
  if (typeof amountDue !== 'number' || !Number.isInteger(amountDue)) return null;
  return { ownerId, deadline, amountDue };
}

/** «Скидка 50 % на штраф действует до …»: a few days before the KoAP 32.2 discount ends. */
export const fineDiscountEnding: EventHandler = {
  type: 'fine.discount_ending',
  source: 'taxes-fines',
  label: { ru: 'Окончание скидки на штраф', en: 'Fine discount ending' },
  defaultChannels: { email: true, sms: true },
  notificationsFor(event: FeedEvent) {
    const payload = parse(event.payload);
    if (!payload) return null;
    return [
      {
        userId: payload.ownerId.toLowerCase(),
        title: { ru: 'Скоро закончится скидка 50 % на штраф', en: 'The 50% fine discount ends soon' },
        body: {
          ru: `Оплатите ${formatRubles(payload.amountDue, 'ru')} до ${formatDate(payload.deadline, 'ru')}, чтобы сохранить скидку.`,
          en: `Pay ${formatRubles(payload.amountDue, 'en')} by ${formatDate(payload.deadline, 'en')} to keep the discount.`,
        },
      },
    ];
  },
};

/** «Срок уплаты налога — 1 декабря»: 30 and 7 days before a tax is due. */
export const taxDueSoon: EventHandler = {
  type: 'tax.due_soon',
  source: 'taxes-fines',
  label: { ru: 'Срок уплаты налога', en: 'Tax due date' },
  defaultChannels: { email: true, sms: false },
  notificationsFor(event: FeedEvent) {
    const payload = parse(event.payload);
    if (!payload) return null;
    return [
      {
        userId: payload.ownerId.toLowerCase(),
        title: { ru: 'Приближается срок уплаты налога', en: 'A tax payment is due soon' },
        body: {
          ru: `К уплате ${formatRubles(payload.amountDue, 'ru')} до ${formatDate(payload.deadline, 'ru')}.`,
          en: `${formatRubles(payload.amountDue, 'en')} is due by ${formatDate(payload.deadline, 'en')}.`,
        },
      },
    ];
  },
};
