import {
  securityChildAdded,
  securityChildRemoved,
  securityDocumentAdded,
  securityDocumentChanged,
  securityEmailConfirmed,
  securityLoginFailed,
  securityLoginSucceeded,
  securityMfaDisabled,
  securityMfaEnabled,
  securityPasswordReset,
  securitySessionRevoked,
  type FeedEvent,
  type LocalizedText,
  type PayloadOf,
  type SecurityEventContract,
} from '@eco/kit';
import { eventHandler, type EventHandler, type NotificationDraft } from '../event-handler';
import { formatDateTime } from './payload-values';

/*
 * identity's security events, told to the account's owner: a sign-in from a new device, a lock after
 * failed sign-ins, second factors turned on or off, a password reset, a session ended for token
 * reuse, changes to the person's documents, family and email. Personal security messages: never a
 * webhook type. The other security events are not told: the person did it and saw it happen (a
 * logout, their documents viewed, a reset code requested: the code is the message), a login goes
 * on (MFA asked or verified; a wrong code is logged on every try of an exhausted challenge, too
 * often for a message), or it is the journal's (an employee reading an applicant's contacts: the
 * audit journal's "who saw my data"; an API client revoked: its webhooks are disabled).
 */

type Texts = { title: LocalizedText; body: LocalizedText };
type SecurityPayload = { at: string; details: { ipMasked?: string } };

const EMAIL = { email: true, sms: false };
const EMAIL_AND_SMS = { email: true, sms: true };

const NOT_YOU: LocalizedText = {
  ru: 'Если это были не вы, смените пароль и завершите чужие сеансы в разделе «Безопасность».',
  en: 'If this was not you, change your password and end unknown sessions under “Security”.',
};

/** «3 декабря 2026 г. в 13:00 (мск), IP-адрес 203.0.113.0/24»: when and (masked) from where. */
function when({ at, details: { ipMasked } }: SecurityPayload): LocalizedText {
  return {
    ru: `${formatDateTime(at, 'ru')} (мск)${ipMasked ? `, IP-адрес ${ipMasked}` : ''}`,
    en: `${formatDateTime(at, 'en')} (Moscow time)${ipMasked ? `, IP address ${ipMasked}` : ''}`,
  };
}

/** A body of the same sentences in both languages, each made by `say` from when it happened. */
function told(title: LocalizedText, payload: SecurityPayload, say: (at: string, locale: keyof LocalizedText) => string): Texts {
  const at = when(payload);
  return { title, body: { ru: say(at.ru, 'ru'), en: say(at.en, 'en') } };
}

/** A change to the profile the person may not have made themself: what, when, and what to do if not. */
const profileChanged = (title: LocalizedText, payload: SecurityPayload): Texts => told(title, payload, (at, locale) => `${at}. ${NOT_YOU[locale]}`);

/**
 * A handler of one security event: its texts (null: this one is not told), to the account's owner,
 * whom identity names in the event's audience (the subject may be a document, a child or a session).
 */
function securityHandler<C extends SecurityEventContract>(
  contract: C,
  label: LocalizedText,
  defaultChannels: { email: boolean; sms: boolean },
  texts: (payload: PayloadOf<C>) => Texts | null,
): EventHandler<C> {
  return eventHandler<C>({
    contract,
    label,
    webhook: false,
    defaultChannels,
    notificationsFor(payload: PayloadOf<C>, event: FeedEvent): NotificationDraft[] {
      const made = texts(payload);
      return made ? event.audience.userIds.map((userId) => ({ userId, ...made })) : [];
    },
  });
}

/** A second factor is asked only on a device the account does not trust yet: the login's method says it was. */
export const newDeviceSignInHandler = securityHandler(securityLoginSucceeded, { ru: 'Вход с нового устройства', en: 'Sign-ins from a new device' }, EMAIL_AND_SMS, (p) =>
  p.details.method.startsWith('PASSWORD+')
    ? told({ ru: 'Вход в аккаунт с нового устройства', en: 'Sign-in from a new device' }, p, (at, locale) =>
        locale === 'ru' ? `Выполнен вход с нового устройства: ${at}. ${NOT_YOU.ru}` : `Someone signed in from a new device: ${at}. ${NOT_YOU.en}`,
      )
    : null,
);

/** Five wrong passwords in a row lock the account for a while: told once, when it locks. */
export const signInLockedHandler = securityHandler(
  securityLoginFailed,
  { ru: 'Блокировка входа после неудачных попыток', en: 'Sign-in locks after failed attempts' },
  EMAIL_AND_SMS,
  (p) =>
    p.details.reason === 'WRONG_PASSWORD_LOCKED'
      ? told({ ru: 'Вход временно заблокирован', en: 'Sign-in temporarily locked' }, p, (at, locale) =>
          locale === 'ru'
            ? `Несколько раз подряд введён неверный пароль (${at}), поэтому вход временно заблокирован. Если это были не вы, смените пароль после разблокировки.`
            : `A wrong password was entered several times in a row (${at}), so sign-in is locked for a while. If this was not you, change your password once it unlocks.`,
        )
      : null,
);

const MFA_METHOD: Record<'TOTP' | 'SMS', LocalizedText> = {
  TOTP: { ru: 'приложение-аутентификатор', en: 'authenticator app' },
  SMS: { ru: 'код по SMS', en: 'SMS code' },
};

export const mfaEnabledHandler = securityHandler(securityMfaEnabled, { ru: 'Включение двухэтапной проверки', en: 'Two-step verification turned on' }, EMAIL, (p) =>
  told({ ru: 'Двухэтапная проверка входа включена', en: 'Two-step verification is on' }, p, (_at, locale) =>
    locale === 'ru'
      ? `Способ: ${MFA_METHOD[p.details.method].ru}. На новых устройствах вход будет подтверждаться кодом. ${NOT_YOU.ru}`
      : `Method: ${MFA_METHOD[p.details.method].en}. Sign-ins on new devices will be confirmed with a code. ${NOT_YOU.en}`,
  ),
);

export const mfaDisabledHandler = securityHandler(securityMfaDisabled, { ru: 'Отключение двухэтапной проверки', en: 'Two-step verification turned off' }, EMAIL_AND_SMS, (p) =>
  told({ ru: 'Двухэтапная проверка входа отключена', en: 'Two-step verification is off' }, p, (at, locale) =>
    locale === 'ru'
      ? `Вход теперь подтверждается только паролем (${at}); резервные коды и доверенные устройства удалены. ${NOT_YOU.ru}`
      : `Sign-in now takes the password only (${at}); recovery codes and trusted devices were removed. ${NOT_YOU.en}`,
  ),
);

export const passwordResetHandler = securityHandler(securityPasswordReset, { ru: 'Восстановление пароля', en: 'Password resets' }, EMAIL_AND_SMS, (p) =>
  told({ ru: 'Пароль изменён', en: 'Your password was changed' }, p, (at, locale) =>
    locale === 'ru'
      ? `Пароль восстановлен по коду (${at}); все сеансы завершены. Если это были не вы, обратитесь в поддержку.`
      : `The password was reset with a code (${at}); every session was ended. If this was not you, contact support.`,
  ),
);

/** A refresh token used twice: its session is ended, as a stolen copy may be in use. */
export const sessionReuseHandler = securityHandler(securitySessionRevoked, { ru: 'Завершение сеанса из соображений безопасности', en: 'Sessions ended for security' }, EMAIL, (p) =>
  p.details.reason === 'REUSE'
    ? told({ ru: 'Сеанс завершён из соображений безопасности', en: 'A session was ended for security' }, p, (at, locale) =>
        locale === 'ru'
          ? `Ключ входа одного из ваших сеансов был использован повторно, поэтому сеанс завершён (${at}). Войдите заново. ${NOT_YOU.ru}`
          : `A sign-in key of one of your sessions was used twice, so the session was ended (${at}). Please sign in again. ${NOT_YOU.en}`,
      )
    : null,
);

export const emailConfirmedHandler = securityHandler(
  securityEmailConfirmed,
  { ru: 'Подтверждение электронной почты', en: 'Email confirmation' },
  // Told in the account: the confirmation happened there a moment ago.
  { email: false, sms: false },
  () => ({
    title: { ru: 'Адрес электронной почты подтверждён', en: 'Your email address is confirmed' },
    body: { ru: 'Теперь на него можно восстановить доступ и получать уведомления.', en: 'You can now recover access and receive notifications with it.' },
  }),
);

const DOCUMENT_KIND: Record<PayloadOf<typeof securityDocumentAdded>['details']['kind'], LocalizedText> = {
  PASSPORT: { ru: 'паспорт', en: 'passport' },
  DRIVER_LICENCE: { ru: 'водительское удостоверение', en: 'driving licence' },
  SNILS: { ru: 'СНИЛС', en: 'SNILS' },
  INN: { ru: 'ИНН', en: 'INN' },
};

export const documentAddedHandler = securityHandler(securityDocumentAdded, { ru: 'Документы в профиле', en: 'Documents in your profile' }, EMAIL, (p) =>
  profileChanged({ ru: `В профиль добавлен документ: ${DOCUMENT_KIND[p.details.kind].ru}`, en: `Document added to your profile: ${DOCUMENT_KIND[p.details.kind].en}` }, p),
);

export const documentChangedHandler = securityHandler(securityDocumentChanged, { ru: 'Изменение документов в профиле', en: 'Changes to documents in your profile' }, EMAIL, (p) =>
  profileChanged({ ru: `В профиле изменён документ: ${DOCUMENT_KIND[p.details.kind].ru}`, en: `Document changed in your profile: ${DOCUMENT_KIND[p.details.kind].en}` }, p),
);

export const childAddedHandler = securityHandler(securityChildAdded, { ru: 'Дети в профиле', en: 'Children in your profile' }, EMAIL, (p) =>
  profileChanged({ ru: 'В профиль добавлены сведения о ребёнке', en: 'A child was added to your profile' }, p),
);

export const childRemovedHandler = securityHandler(securityChildRemoved, { ru: 'Удаление детей из профиля', en: 'Children removed from your profile' }, EMAIL, (p) =>
  profileChanged({ ru: 'Из профиля удалены сведения о ребёнке', en: 'A child was removed from your profile' }, p),
);

/** Every security event the person is told of, in the order of the preferences screen. */
export const SECURITY_HANDLERS = [
  newDeviceSignInHandler,
  signInLockedHandler,
  mfaEnabledHandler,
  mfaDisabledHandler,
  passwordResetHandler,
  sessionReuseHandler,
  emailConfirmedHandler,
  documentAddedHandler,
  documentChangedHandler,
  childAddedHandler,
  childRemovedHandler,
] as const;
