import { localeTag } from '../../i18n/format';
import type { Locale } from '../../i18n/i18n';

export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
}

/** A mutation's userErrors as one Error (for ErrorMessage, which announces it); null when none. */
export function userErrorsProblem(errors: readonly UserErrorLike[] | null | undefined): Error | null {
  return errors && errors.length > 0 ? new Error(errors.map((e) => e.message).join('; ')) : null;
}

export function fileSize(bytes: number, locale: Locale): string {
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ'] : ['B', 'KB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString(localeTag(locale), { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}

/** A fresh key for one payment attempt or submission. */
export function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}

/** An upload refusal as the person should read it: the portal's message without its code prefix. */
export function uploadProblem(error: unknown): unknown {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.message.startsWith(`${error.code}: `)) {
    const message = error.message.slice(error.code.length + 2);
    return new Error(message || error.code);
  }
  return error;
}
