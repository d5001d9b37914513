import { fineAppealDecided, fineAppealFiled, type LocalizedText } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { formatDate, shortened } from './payload-values';

/** «Жалоба на постановление принята»: the appellant's acknowledgement; the fine waits for the decision. */
export const fineAppealFiledHandler = eventHandler({
  contract: fineAppealFiled,
  label: { ru: 'Жалобы на штрафы', en: 'Fine appeals' },
  defaultChannels: { email: true, sms: false },
  notificationsFor: ({ appellantId, at }) => [
    {
      userId: appellantId,
      title: { ru: 'Жалоба на штраф принята к рассмотрению', en: 'Your fine appeal has been received' },
      body: {
        ru: `Жалоба подана ${formatDate(at, 'ru')}. До решения штраф не нужно оплачивать; мы сообщим о решении.`,
        en: `Appeal filed on ${formatDate(at, 'en')}. The fine need not be paid until the decision; we will let you know it.`,
      },
    },
  ],
});

const OUTCOME_TEXT: Record<'accepted' | 'rejected', { title: LocalizedText; body: LocalizedText }> = {
  accepted: {
    title: { ru: 'Жалоба на штраф удовлетворена', en: 'Your fine appeal was upheld' },
    body: { ru: 'Штраф отменён, оплачивать его не нужно.', en: 'The fine is cancelled; there is nothing to pay.' },
  },
  rejected: {
    title: { ru: 'Жалоба на штраф отклонена', en: 'Your fine appeal was rejected' },
    body: {
      ru: 'Штраф нужно оплатить; срок оплаты продлён на время рассмотрения жалобы.',
      en: 'The fine is to be paid; its due date was extended by the time the appeal took.',
    },
  },
};
const DECISION_LABEL: LocalizedText = { ru: 'Решение', en: 'Decision' };

/** The outcome, and the reviewer's words when there are any (quoted as written in both languages). */
function decisionTexts(outcome: keyof typeof OUTCOME_TEXT, decisionText: string | null): { title: LocalizedText; body: LocalizedText } {
  const { title, body } = OUTCOME_TEXT[outcome];
  const note = decisionText?.trim() ? shortened(decisionText) : null;
  return note ? { title, body: { ru: `${body.ru}\n${DECISION_LABEL.ru}: ${note}`, en: `${body.en}\n${DECISION_LABEL.en}: ${note}` } } : { title, body };
}

export const fineAppealDecidedHandler = eventHandler({
  contract: fineAppealDecided,
  label: { ru: 'Решения по жалобам на штрафы', en: 'Fine appeal decisions' },
  // The decision is final and may start the payment deadline again: by SMS too.
  defaultChannels: { email: true, sms: true },
  notificationsFor: ({ appellantId, outcome, decisionText }) => [{ userId: appellantId, ...decisionTexts(outcome, decisionText) }],
});
