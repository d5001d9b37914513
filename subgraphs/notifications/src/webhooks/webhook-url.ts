import { problem, type NotificationsProblem } from '../problems';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/**
 * The normalized URL, or what is wrong with it (field "url"). Plain http is for development
 * and tests only: in production the signed events travel over https.
 */
export function validateWebhookUrl(raw: string, options: { allowHttp: boolean }): { url: string } | { problems: NotificationsProblem[] } {
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return { problems: [problem('url', 'URL_TOO_LONG')] };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problems: [problem('url', 'URL_INVALID')] };
  }
  const allowed = options.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) return { problems: [problem('url', 'URL_SCHEME_NOT_ALLOWED')] };
  if (!url.hostname) return { problems: [problem('url', 'URL_INVALID')] };
  // Credentials in a URL end up in logs and proxies; the signature is how receivers authenticate us.
  if (url.username || url.password) return { problems: [problem('url', 'URL_CREDENTIALS_NOT_ALLOWED')] };
  url.hash = '';
  return { url: url.toString() };
}
