import type { Locale } from '@eco/kit';
import type { MessagePurpose } from './message-sender';

const TEXTS: Record<MessagePurpose, Record<Locale, (code: string, minutes: number) => string>> = {
  EMAIL_CONFIRMATION: {
    ru: (code, minutes) => `Код подтверждения электронной почты: ${code}. Действует ${minutes} мин.`,
    en: (code, minutes) => `Your email confirmation code: ${code}. Valid for ${minutes} min.`,
  },
  PASSWORD_RESET: {
    ru: (code, minutes) => `Код для восстановления пароля: ${code}. Действует ${minutes} мин. Никому его не сообщайте.`,
    en: (code, minutes) => `Your password reset code: ${code}. Valid for ${minutes} min. Do not share it.`,
  },
  SMS_ENROLLMENT: {
    ru: (code, minutes) => `Код для подключения входа по SMS: ${code}. Действует ${minutes} мин.`,
    en: (code, minutes) => `Code to turn on SMS sign-in: ${code}. Valid for ${minutes} min.`,
  },
  MFA_SMS: {
    ru: (code, minutes) => `Код для входа: ${code}. Действует ${minutes} мин. Никому его не сообщайте.`,
    en: (code, minutes) => `Your sign-in code: ${code}. Valid for ${minutes} min. Do not share it.`,
  },
};

export function codeMessageText(purpose: MessagePurpose, code: string, ttlMs: number, locale: Locale): string {
  return TEXTS[purpose][locale](code, Math.round(ttlMs / 60_000));
}
