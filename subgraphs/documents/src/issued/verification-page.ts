import escapeHtml from 'escape-html';
import type { Express, Request, Response } from 'express';
import type { IssuedDocumentsService, Verification } from './issued-documents.service';
import { verificationJson } from './verify-route';

/** Where the QR code on every result PDF points (on the portal's origin, streamed by the gateway). */
export const VERIFICATION_PAGE_PATH = '/verify';

const moscow = (at: Date) => at.toLocaleString('ru-RU', { timeZone: 'Europe/Moscow', dateStyle: 'long', timeStyle: 'short' });

/** A printable answer for a person who scanned the QR code: the portal's verdict, no scripts. */
export function verificationHtml(verification: Verification): string {
  const summary = verification.issuedDocument;
  const verdict = verification.valid
    ? 'Документ выдан порталом и действителен'
    : summary?.revoked
      ? 'Документ выдан порталом, но отозван'
      : 'Портал не выдавал такой документ';
  const rows: [string, string][] = summary
    ? [
        ['Документ', `${summary.title}, № ${summary.number}`],
        ['Кому выдан', summary.recipient],
        ['Кем выдан', summary.departmentName],
        ['Дата выдачи', moscow(summary.issuedAt)],
        ...(summary.revokedAt ? ([['Отозван', moscow(summary.revokedAt)]] as [string, string][]) : []),
      ]
    : [];
  return `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Проверка документа</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem;vertical-align:top}.ok{color:#0a6b2d}.bad{color:#a4161a}</style>
</head><body>
<h1 class="${verification.valid ? 'ok' : 'bad'}">${escapeHtml(verdict)}</h1>
${rows.length ? `<table>${rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>` : ''}
<p>Подлинность файла проверяет его SHA-256: загрузите файл на этой странице портала или сверьте подпись с открытыми ключами (/documents/signing-keys.json).</p>
</body></html>`;
}

/**
 * GET /verify?id=<issued document id> (the QR code) or ?sha256=<hex>: the verdict as a page, or as
 * JSON for a client that asks for it. No token: anyone holding the paper may check it.
 */
export function mountVerificationPage(app: Express, deps: { issued: IssuedDocumentsService }): void {
  app.get(VERIFICATION_PAGE_PATH, async (req: Request, res: Response) => {
    const id = typeof req.query.id === 'string' ? req.query.id : null;
    const sha256 = typeof req.query.sha256 === 'string' ? req.query.sha256 : null;
    const verification = sha256 !== null ? await deps.issued.verifyBySha256(sha256) : await deps.issued.verifyById(id ?? '');
    res.setHeader('cache-control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') return res.json(verificationJson(sha256, verification));
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return res.type('html').send(verificationHtml(verification));
  });
}
