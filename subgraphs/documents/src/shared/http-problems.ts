import { localeFromAcceptLanguage, type LocalizedText } from '@eco/kit';
import type { Request, Response } from 'express';

/** Codes of the plain HTTP routes (uploads, downloads, verification), in `{ error: { code, message } }`. */
export const HTTP_MESSAGES = {
  UNAUTHENTICATED: { ru: 'Нужен вход: передайте токен доступа (Authorization: Bearer)', en: 'Sign in: send an access token (Authorization: Bearer)' },
  NOT_FOUND: { ru: 'Не найдено', en: 'Not found' },
  UPLOAD_URL_USED: { ru: 'Эта ссылка для загрузки уже использована', en: 'This upload URL has already been used' },
  UPLOAD_IN_PROGRESS: { ru: 'По этой ссылке уже идёт загрузка', en: 'An upload to this URL is already in progress' },
  UPLOAD_URL_EXPIRED: { ru: 'Срок действия ссылки для загрузки истёк: начните загрузку заново', en: 'The upload URL has expired: start the upload again' },
  PAYLOAD_TOO_LARGE: { ru: 'Файл больше допустимого ({maxMb} МБ)', en: 'The file is larger than allowed ({maxMb} MB)' },
  SIZE_MISMATCH: { ru: 'Размер файла не совпадает с заявленным ({size} байт)', en: 'The file size differs from the declared one ({size} bytes)' },
  EMPTY_FILE: { ru: 'Файл пустой', en: 'The file is empty' },
  UNSUPPORTED_MEDIA_TYPE: { ru: 'Формат файла не поддерживается: загрузите PDF, JPEG, PNG или HEIC', en: 'Unsupported file format: upload a PDF, JPEG, PNG or HEIC file' },
  CONTENT_TYPE_MISMATCH: { ru: 'Содержимое файла не соответствует заявленному типу ({declared})', en: 'The file content does not match the declared type ({declared})' },
  BAD_REQUEST: { ru: 'Неверный запрос: {detail}', en: 'Bad request: {detail}' },
  FILE_QUARANTINED: { ru: 'Файл не принят: обнаружена угроза ({reason})', en: 'The file was not accepted: a threat was found ({reason})' },
  DOCUMENT_QUARANTINED: { ru: 'Файл не принят: обнаружена угроза ({reason})', en: 'The file was not accepted: a threat was found ({reason})' },
  SCANNER_UNAVAILABLE: { ru: 'Проверка на вирусы временно недоступна, попробуйте позже', en: 'Virus scanning is unavailable, try again later' },
  LINK_INVALID: { ru: 'Ссылка недействительна', en: 'The link is not valid' },
  LINK_EXPIRED: { ru: 'Срок действия ссылки истёк: получите новую', en: 'The link has expired: get a new one' },
  RANGE_NOT_SATISFIABLE: { ru: 'Запрошенный диапазон байт вне файла', en: 'The requested byte range is outside the file' },
  INTERNAL_SERVER_ERROR: { ru: 'Внутренняя ошибка, попробуйте позже', en: 'Internal error, try again later' },
} satisfies Record<string, LocalizedText>;

export type HttpProblemCode = keyof typeof HTTP_MESSAGES;

/**
 * A coded answer: `{ error: { code, message } }` in the caller's language. Only our own texts:
 * never a host, a stack or what an upstream answered.
 */
export function sendProblem(req: Request, res: Response, status: number, code: HttpProblemCode, params: Record<string, string | number> = {}, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  let message = HTTP_MESSAGES[code][localeFromAcceptLanguage(req.headers['accept-language'])];
  for (const [name, value] of Object.entries(params)) message = message.replaceAll(`{${name}}`, String(value));
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({ error: { code, message }, ...extra });
}
