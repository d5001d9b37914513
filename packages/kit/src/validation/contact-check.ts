import type { LocalizedText } from '../i18n/locale';

/**
 * The codes every subgraph answers for a bad email or phone. They are identity's codes from
 * before the rules moved here: clients already switch on them, so they did not change.
 */
export const CONTACT_CODES = ['INVALID_EMAIL', 'INVALID_PHONE', 'PHONE_NOT_PERSONAL'] as const;

export type ContactCode = (typeof CONTACT_CODES)[number];

/** One text per code, so a refused address reads the same on every form of the portal. */
export const CONTACT_MESSAGES: Readonly<Record<ContactCode, LocalizedText>> = {
  INVALID_EMAIL: { ru: 'Проверьте адрес электронной почты', en: 'Check the email address' },
  INVALID_PHONE: {
    ru: 'Укажите российский номер телефона, например +7 912 345-67-89',
    en: 'Enter a Russian phone number, e.g. +7 912 345-67-89',
  },
  PHONE_NOT_PERSONAL: {
    ru: 'Укажите мобильный или городской номер; служебные номера (например, 8-800) не подходят',
    en: 'Enter a mobile or landline number; service numbers (such as 8-800) are not accepted',
  },
};

/** The value to store, or why there is none. */
export type ContactCheck = { ok: true; value: string } | { ok: false; code: ContactCode };
