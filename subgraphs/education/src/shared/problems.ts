import { codedProblem, DOCUMENT_MESSAGES, localizeProblems, outcomeHelpers, type CodedProblem, type DocumentCode, type LocalizedText, type Locale, type Outcome as KitOutcome, type UserError } from '@eco/kit';

/** An expected failure as services report it: a code, no language, no GraphQL. */
export type EducationCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'INVALID_DATE'
  | 'CHILD_NOT_FOUND'
  | 'TOO_MANY_KINDERGARTENS'
  | 'DUPLICATE_KINDERGARTEN'
  | 'KINDERGARTEN_NOT_FOUND'
  | 'NO_AGE_GROUP'
  | 'DESIRED_DATE_IN_PAST'
  | 'DESIRED_DATE_TOO_LATE'
  | 'BENEFIT_DOCUMENT_REQUIRED'
  | 'TOO_MANY_DOCUMENTS'
  // Documents named by id (the kit's checks, the same in every subgraph)
  | DocumentCode
  | 'ACTIVE_APPLICATION_EXISTS'
  | 'APPLICATION_NOT_FOUND'
  | 'NOT_IN_PREFERENCES'
  | 'NOT_QUEUED'
  | 'NOT_FIRST_IN_QUEUE'
  | 'NO_FREE_PLACES'
  | 'NO_OFFER'
  | 'OFFER_EXPIRED'
  | 'NOT_CANCELLABLE'
  | 'SCHOOL_NOT_FOUND'
  | 'CHILD_AGE_NOT_ELIGIBLE'
  | 'ENROLLMENT_WINDOW_CLOSED'
  | 'ENROLLMENT_ALREADY_SUBMITTED'
  | 'ENROLLMENT_NOT_FOUND'
  | 'ENROLLMENT_ALREADY_DECIDED';

export type EducationProblem = CodedProblem<EducationCode>;

export const problem = codedProblem<EducationCode>;

/** A service outcome: the result, or the problems that stopped it (and nothing was stored). */
export type Outcome<T> = KitOutcome<T, EducationProblem>;
export const { success, failure } = outcomeHelpers<EducationProblem>();

export const MESSAGES: Record<EducationCode, LocalizedText> = {
  REQUIRED: { ru: 'Обязательное поле', en: 'This field is required' },
  TOO_LONG: { ru: 'Не более {limit} символов', en: 'At most {limit} characters' },
  INVALID_DATE: { ru: 'Некорректная дата', en: 'Not a valid date' },
  CHILD_NOT_FOUND: { ru: 'Ребёнок не найден среди ваших детей', en: 'No such child among your children' },
  TOO_MANY_KINDERGARTENS: { ru: 'Можно выбрать от 1 до {limit} детских садов', en: 'Choose from 1 to {limit} kindergartens' },
  DUPLICATE_KINDERGARTEN: { ru: 'Детский сад указан дважды', en: 'The same kindergarten is listed twice' },
  KINDERGARTEN_NOT_FOUND: { ru: 'Детский сад не найден', en: 'No such kindergarten' },
  NO_AGE_GROUP: {
    ru: 'В детском саду №{number} нет группы для возраста ребёнка на желаемую дату ({months} мес.)',
    en: 'Kindergarten No. {number} has no group for the child’s age on the desired date ({months} months)',
  },
  DESIRED_DATE_IN_PAST: { ru: 'Желаемая дата зачисления уже прошла', en: 'The desired start date is in the past' },
  DESIRED_DATE_TOO_LATE: {
    ru: 'Желаемая дата зачисления должна быть до 7-летия ребёнка',
    en: 'The desired start date must be before the child turns 7',
  },
  BENEFIT_DOCUMENT_REQUIRED: {
    ru: 'Для льготной категории укажите подтверждающий документ',
    en: 'A benefit category needs its supporting document',
  },
  TOO_MANY_DOCUMENTS: { ru: 'Можно приложить не более {limit} документов', en: 'At most {limit} documents can be attached' },
  ...DOCUMENT_MESSAGES,
  ACTIVE_APPLICATION_EXISTS: {
    ru: 'У ребёнка уже есть действующее заявление в детский сад',
    en: 'This child already has an active kindergarten application',
  },
  APPLICATION_NOT_FOUND: { ru: 'Заявление не найдено', en: 'No such application' },
  NOT_IN_PREFERENCES: { ru: 'Этого детского сада нет среди выбранных в заявлении', en: 'This kindergarten is not among the application’s choices' },
  NOT_QUEUED: { ru: 'Заявление не стоит в очереди (статус: {status})', en: 'The application is not in the queue (status: {status})' },
  NOT_FIRST_IN_QUEUE: {
    ru: 'Место предлагается строго по очереди: первым в группе стоит другое заявление',
    en: 'Places are offered in queue order: another application is first in this group',
  },
  NO_FREE_PLACES: { ru: 'В группе нет свободных мест', en: 'The group has no free places' },
  NO_OFFER: { ru: 'По заявлению нет действующего предложения места', en: 'The application has no outstanding offer' },
  OFFER_EXPIRED: { ru: 'Срок ответа на предложение места истёк', en: 'The offer has expired' },
  NOT_CANCELLABLE: { ru: 'Заявление нельзя отозвать (статус: {status})', en: 'The application cannot be withdrawn (status: {status})' },
  SCHOOL_NOT_FOUND: { ru: 'Школа не найдена', en: 'No such school' },
  CHILD_AGE_NOT_ELIGIBLE: {
    ru: 'На 1 сентября {year} г. ребёнку должно быть от 6 лет 6 месяцев до 8 лет',
    en: 'On 1 September {year} the child must be from 6 years 6 months to 8 years old',
  },
  ENROLLMENT_WINDOW_CLOSED: {
    ru: 'Приём заявлений для вас сейчас закрыт. Следующий период: с {from} по {to} (по московскому времени)',
    en: 'Applications are closed for you now. Next window: {from} to {to} (Moscow time)',
  },
  ENROLLMENT_ALREADY_SUBMITTED: {
    ru: 'Заявление в первый класс для этого ребёнка на {year} год уже подано',
    en: 'A first-grade application for this child for {year} has already been filed',
  },
  ENROLLMENT_NOT_FOUND: { ru: 'Заявление не найдено', en: 'No such enrollment application' },
  ENROLLMENT_ALREADY_DECIDED: { ru: 'По заявлению уже принято решение', en: 'This application has already been decided' },
};

/** Service problems → user errors in the caller's language, placeholders filled in. */
export function userErrorsFor(problems: readonly EducationProblem[], locale: Locale): UserError[] {
  return localizeProblems(problems, MESSAGES, locale);
}
