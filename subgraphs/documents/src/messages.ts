import type { Locale, LocalizedText, UserError } from '@eco/kit';
import type { DocumentsCode, DocumentsProblem } from './problems';

export const MESSAGES: Record<DocumentsCode, LocalizedText> = {
  FILE_NAME_REQUIRED: { ru: 'Укажите имя файла', en: 'Give the file name' },
  FILE_NAME_INVALID: {
    ru: 'Имя файла пустое после удаления недопустимых символов: переименуйте файл',
    en: 'The file name is empty once characters that are not allowed are removed: rename the file',
  },
  SIZE_INVALID: { ru: 'Размер файла — целое число байт больше нуля', en: 'The file size must be a whole number of bytes above zero' },
  FILE_TOO_LARGE: { ru: 'Файл больше допустимого ({maxMb} МБ)', en: 'The file is larger than allowed ({maxMb} MB)' },
  CONTENT_TYPE_NOT_ALLOWED: {
    ru: 'Можно загрузить только PDF, JPEG, PNG или HEIC',
    en: 'Only PDF, JPEG, PNG or HEIC files can be uploaded',
  },
  ISSUED_DOCUMENT_NOT_FOUND: { ru: 'Документ не найден', en: 'No such document' },
  ALREADY_REVOKED: { ru: 'Документ уже отозван', en: 'The document has already been revoked' },
  REASON_REQUIRED: { ru: 'Укажите причину (до 500 символов)', en: 'Give a reason (up to 500 characters)' },
};

export function userErrorsFor(problems: readonly DocumentsProblem[], locale: Locale): UserError[] {
  return problems.map((p) => {
    let message = MESSAGES[p.code]?.[locale] ?? p.code;
    for (const [name, value] of Object.entries(p.params ?? {})) message = message.replaceAll(`{${name}}`, String(value));
    return { field: p.field, code: p.code, message };
  });
}
