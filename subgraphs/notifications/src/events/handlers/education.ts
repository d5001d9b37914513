import type { FeedEvent, LocalizedText } from '@eco/kit';
import type { EventHandler } from '../event-handler';
import { formatDate, isUuid } from './payload-values';

/** The payloads education writes for status changes (its outbox contract). */
interface KindergartenPayload {
  parentId: string;
  to: string;
  kindergartenNumber: number | null;
  offerExpiresAt: string | null;
  reason: string | null;
}

interface SchoolPayload {
  parentId: string;
  to: string;
  schoolName: string;
  comment: string | null;
}

function parseKindergarten(payload: Record<string, unknown>): KindergartenPayload | null {
  const { parentId, to, kindergartenNumber, offerExpiresAt, reason } = payload;
  if (!isUuid(parentId) || typeof to !== 'string') return null;
  return {
    parentId,
    to,
    kindergartenNumber: typeof kindergartenNumber === 'number' ? kindergartenNumber : null,
    offerExpiresAt: typeof offerExpiresAt === 'string' && !Number.isNaN(Date.parse(offerExpiresAt)) ? offerExpiresAt : null,
    reason: typeof reason === 'string' ? reason : null,
  };
}

function kindergartenText(p: KindergartenPayload): { title: LocalizedText; body: LocalizedText } | null {
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
    default:
      return null;
  }
}

/** Queue entry, offer (with its deadline), enrollment, decline or expiry, withdrawal. */
export const kindergartenApplicationStatusChanged: EventHandler = {
  type: 'kindergarten_application.status_changed',
  source: 'education',
  label: { ru: 'Запись в детский сад', en: 'Kindergarten queue' },
  defaultChannels: { email: true, sms: true },
  notificationsFor(event: FeedEvent) {
    const payload = parseKindergarten(event.payload);
    const text = payload && kindergartenText(payload);
    if (!payload || !text) return null;
    return [{ userId: payload.parentId.toLowerCase(), ...text }];
  },
};

/** First-grade application received, enrolled or refused (with the school's reasons). */
export const schoolEnrollmentStatusChanged: EventHandler = {
  type: 'school_enrollment.status_changed',
  source: 'education',
  label: { ru: 'Запись в первый класс', en: 'First-grade enrollment' },
  defaultChannels: { email: true, sms: false },
  notificationsFor(event: FeedEvent) {
    const { parentId, to, schoolName, comment } = event.payload as Partial<SchoolPayload>;
    if (!isUuid(parentId) || typeof to !== 'string' || typeof schoolName !== 'string') return null;
    const reasons = typeof comment === 'string' && comment ? ` ${comment}` : '';
    const texts: Record<string, { title: LocalizedText; body: LocalizedText }> = {
      SUBMITTED: { title: { ru: 'Заявление в первый класс подано', en: 'First-grade application filed' }, body: { ru: schoolName, en: schoolName } },
      ENROLLED: { title: { ru: 'Ребёнок зачислен в первый класс', en: 'Your child is enrolled in first grade' }, body: { ru: schoolName, en: schoolName } },
      REFUSED: {
        title: { ru: 'Отказ в зачислении в первый класс', en: 'First-grade enrollment refused' },
        body: { ru: `${schoolName}.${reasons}`, en: `${schoolName}.${reasons}` },
      },
    };
    const text = texts[to];
    return text ? [{ userId: parentId.toLowerCase(), ...text }] : null;
  },
};
