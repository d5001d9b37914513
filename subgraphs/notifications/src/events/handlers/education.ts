import { kindergartenApplicationStatusChanged, schoolEnrollmentStatusChanged, type LocalizedText, type PayloadOf } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { formatDate } from './payload-values';

type Texts = { title: LocalizedText; body: LocalizedText };
type KindergartenChange = PayloadOf<typeof kindergartenApplicationStatusChanged>;
type SchoolChange = PayloadOf<typeof schoolEnrollmentStatusChanged>;

function kindergartenText(p: KindergartenChange): Texts {
  const ru = p.kindergartenNumber !== null ? ` в детском саду № ${p.kindergartenNumber}` : '';
  const en = p.kindergartenNumber !== null ? ` at kindergarten No. ${p.kindergartenNumber}` : '';
  switch (p.to) {
    case 'QUEUED':
      return {
        title: { ru: 'Заявление в детский сад принято', en: 'Kindergarten application accepted' },
        body: { ru: 'Ребёнок поставлен в очередь. Позиция в очереди — в разделе «Мои заявления».', en: 'Your child is in the queue; see the position under “My applications”.' },
      };
    case 'OFFERED':
      return {
        title: { ru: `Предложено место${ru}`, en: `A place is offered${en}` },
        body: {
          ru: p.offerExpiresAt ? `Подтвердите или откажитесь до ${formatDate(p.offerExpiresAt, 'ru')}.` : 'Подтвердите или откажитесь от места.',
          en: p.offerExpiresAt ? `Accept or decline by ${formatDate(p.offerExpiresAt, 'en')}.` : 'Accept or decline the place.',
        },
      };
    case 'ENROLLED':
      return { title: { ru: `Ребёнок зачислен${ru}`, en: `Your child is enrolled${en}` }, body: { ru: 'Место закреплено за ребёнком.', en: 'The place is yours.' } };
    case 'DECLINED':
      return p.reason === 'OFFER_EXPIRED'
        ? {
            title: { ru: 'Срок ответа на предложение места истёк', en: 'The place offer expired' },
            body: { ru: 'Место передано следующему в очереди. Вы можете подать новое заявление.', en: 'The place went to the next in the queue. You may file a new application.' },
          }
        : { title: { ru: 'Вы отказались от места', en: 'You declined the place' }, body: { ru: 'Вы можете подать новое заявление.', en: 'You may file a new application.' } };
    case 'CANCELLED':
      return { title: { ru: 'Заявление в детский сад отозвано', en: 'Kindergarten application withdrawn' }, body: { ru: 'Заявление снято с очереди.', en: 'The application has left the queue.' } };
  }
}

/** Queue entry, offer (with its deadline), enrollment, decline or expiry, withdrawal. */
export const kindergartenApplicationStatusChangedHandler = eventHandler({
  contract: kindergartenApplicationStatusChanged,
  label: { ru: 'Запись в детский сад', en: 'Kindergarten queue' },
  defaultChannels: { email: true, sms: true },
  notificationsFor: (payload) => [{ userId: payload.parentId, ...kindergartenText(payload) }],
});

function schoolText({ to, schoolName, comment }: SchoolChange): Texts {
  switch (to) {
    case 'SUBMITTED':
      return { title: { ru: 'Заявление в первый класс подано', en: 'First-grade application filed' }, body: { ru: schoolName, en: schoolName } };
    case 'ENROLLED':
      return { title: { ru: 'Ребёнок зачислен в первый класс', en: 'Your child is enrolled in first grade' }, body: { ru: schoolName, en: schoolName } };
    case 'REFUSED': {
      const reasons = comment ? ` ${comment}` : '';
      return { title: { ru: 'Отказ в зачислении в первый класс', en: 'First-grade enrollment refused' }, body: { ru: `${schoolName}.${reasons}`, en: `${schoolName}.${reasons}` } };
    }
  }
}

/** First-grade application received, enrolled or refused (with the school's reasons). */
export const schoolEnrollmentStatusChangedHandler = eventHandler({
  contract: schoolEnrollmentStatusChanged,
  label: { ru: 'Запись в первый класс', en: 'First-grade enrollment' },
  defaultChannels: { email: true, sms: false },
  notificationsFor: (payload) => [{ userId: payload.parentId, ...schoolText(payload) }],
});
