import { CONTACT_MESSAGES, toUserErrors, type Locale, type LocalizedText, type UserError } from '@eco/kit';
import type { NotificationsCode, NotificationsProblem } from './problems';

export const MESSAGES: Record<NotificationsCode, LocalizedText> = {
  MARK_READ_TARGET_REQUIRED: {
    ru: 'Укажите уведомления (ids) или отметьте все (all: true)',
    en: 'Give the notifications (ids) or mark them all (all: true)',
  },
  MARK_READ_TARGET_AMBIGUOUS: {
    ru: 'Укажите либо ids, либо all: true, но не оба сразу',
    en: 'Give either ids or all: true, not both',
  },
  TOO_MANY_IDS: { ru: 'Не более 100 уведомлений за раз', en: 'At most 100 notifications at a time' },
  NOTIFICATION_NOT_FOUND: { ru: 'Уведомление не найдено', en: 'Notification not found' },
  ...CONTACT_MESSAGES,
  UNKNOWN_EVENT_TYPE: { ru: 'Неизвестный тип события', en: 'Unknown event type' },
  EVENT_TYPES_REQUIRED: { ru: 'Укажите хотя бы один тип события', en: 'Give at least one event type' },
  URL_INVALID: { ru: 'Неверный адрес (URL)', en: 'Invalid URL' },
  URL_SCHEME_NOT_ALLOWED: {
    ru: 'Адрес должен начинаться с https:// (при разработке также http://)',
    en: 'The URL must start with https:// (or http:// in development)',
  },
  URL_CREDENTIALS_NOT_ALLOWED: {
    ru: 'Адрес не должен содержать логин и пароль: запросы подписываются секретом',
    en: 'The URL must not contain a user name or password: requests are signed with the secret',
  },
  URL_TOO_LONG: { ru: 'Адрес слишком длинный (не более 2048 символов)', en: 'The URL is too long (2048 characters at most)' },
  WEBHOOK_NOT_FOUND: { ru: 'Вебхук не найден', en: 'Webhook not found' },
  WEBHOOK_DISABLED: { ru: 'Вебхук отключён', en: 'The webhook is disabled' },
  WEBHOOK_DELIVERY_NOT_FOUND: { ru: 'Доставка не найдена', en: 'Delivery not found' },
  WEBHOOK_DELIVERY_PENDING: {
    ru: 'Доставка ещё выполняется: повторить можно после её завершения',
    en: 'The delivery is still in progress: it can be replayed once it has finished',
  },
};

export function userErrorsFor(problems: readonly NotificationsProblem[], locale: Locale): UserError[] {
  return toUserErrors(problems, MESSAGES, locale);
}
