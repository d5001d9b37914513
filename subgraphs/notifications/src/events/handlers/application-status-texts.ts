import type { APPLICATION_STATUSES, LocalizedText } from '@eco/kit';
import { shortened } from './payload-values';

/** Application statuses as applications' contract names them. */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

interface StatusText {
  /** Follows "Заявление 2026-000123: " / "Application 2026-000123: ". */
  headline: LocalizedText;
  body: LocalizedText;
}

/** One text per target status: what happened and what, if anything, the applicant should do. */
export const STATUS_TEXTS: Record<ApplicationStatus, StatusText> = {
  SUBMITTED: {
    headline: { ru: 'отправлено в ведомство', en: 'submitted' },
    body: {
      ru: 'Заявление отправлено в ведомство. Мы сообщим, когда его зарегистрируют.',
      en: 'Your application has been sent to the department. We will let you know when it is registered.',
    },
  },
  REGISTERED: {
    headline: { ru: 'зарегистрировано', en: 'registered' },
    body: {
      ru: 'Ведомство зарегистрировало заявление. Срок рассмотрения отсчитывается с этого дня.',
      en: 'The department has registered your application. The processing time counts from today.',
    },
  },
  IN_PROGRESS: {
    headline: { ru: 'принято в работу', en: 'in progress' },
    body: {
      ru: 'Ведомство рассматривает заявление. Мы сообщим о решении.',
      en: 'The department is processing your application. We will let you know the decision.',
    },
  },
  INFO_REQUESTED: {
    headline: { ru: 'нужны дополнительные сведения', en: 'more information needed' },
    body: {
      ru: 'Ведомство запросило дополнительные сведения. Ответьте в личном кабинете, чтобы рассмотрение продолжилось.',
      en: 'The department needs more information. Reply in your account so that processing can continue.',
    },
  },
  COMPLETED: {
    headline: { ru: 'услуга оказана', en: 'completed' },
    body: {
      ru: 'Услуга оказана. Результат доступен в личном кабинете.',
      en: 'The service has been provided. The result is available in your account.',
    },
  },
  REJECTED: {
    headline: { ru: 'отказ', en: 'rejected' },
    body: {
      ru: 'Ведомство отказало в предоставлении услуги.',
      en: 'The department has refused to provide the service.',
    },
  },
  WITHDRAWN: {
    headline: { ru: 'отозвано', en: 'withdrawn' },
    body: {
      ru: 'Заявление отозвано по вашей просьбе. Рассмотрение прекращено.',
      en: 'Your application has been withdrawn at your request. Processing has stopped.',
    },
  },
};

/** Statuses whose employee comment the applicant needs to read (a question, a reason). */
const COMMENT_SHOWN: ReadonlySet<ApplicationStatus> = new Set(['INFO_REQUESTED', 'REJECTED']);
const COMMENT_LABEL: LocalizedText = { ru: 'Комментарий ведомства', en: "Department's comment" };

/** Title and body of a status-change notification in both languages. */
export function applicationStatusTexts(
  number: string,
  status: ApplicationStatus,
  comment: string | null,
): { title: LocalizedText; body: LocalizedText } {
  const text = STATUS_TEXTS[status];
  const note = comment && comment.trim() && COMMENT_SHOWN.has(status) ? shortened(comment) : null;
  const body = (locale: keyof LocalizedText) =>
    note ? `${text.body[locale]}\n${COMMENT_LABEL[locale]}: ${note}` : text.body[locale];
  return {
    title: { ru: `Заявление ${number}: ${text.headline.ru}`, en: `Application ${number}: ${text.headline.en}` },
    body: { ru: body('ru'), en: body('en') },
  };
}
