import type { Express, Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { sendProblem } from '../shared/http-problems';
import { announcedLength } from '../shared/http-viewer';
import type { IssuedDocumentsService, Verification } from './issued-documents.service';

export const VERIFY_PATH = '/documents/verify';

/** The same answer as the GraphQL verifyDocument, as JSON (dates ISO-8601), with the hash computed. */
export function verificationJson(sha256: string | null, verification: Verification) {
  const summary = verification.issuedDocument;
  return {
    valid: verification.valid,
    sha256,
    issuedDocument: summary && { ...summary, issuedAt: summary.issuedAt.toISOString(), revokedAt: summary.revokedAt?.toISOString() ?? null },
  };
}

/**
 * POST /documents/verify with the file's bytes as the body (any Content-Type), no token: the
 * body is hashed as it streams in (never held), then looked up like verifyDocument(sha256).
 * 413 past the upload limit (from Content-Length before reading, or as soon as it is passed).
 */
export function mountVerifyRoute(app: Express, deps: { issued: IssuedDocumentsService; maxBytes: number }): void {
  app.post(VERIFY_PATH, async (req: Request, res: Response) => {
    const maxMb = Math.floor(deps.maxBytes / 1024 / 1024);
    const refuse = (status: number, code: 'PAYLOAD_TOO_LARGE' | 'EMPTY_FILE') => {
      if (!req.readableEnded) res.setHeader('connection', 'close');
      sendProblem(req, res, status, code, { maxMb });
    };
    const length = announcedLength(req);
    if (length !== null && length > deps.maxBytes) return refuse(413, 'PAYLOAD_TOO_LARGE');
    const hash = createHash('sha256');
    let received = 0;
    try {
      for await (const piece of req.iterator({ destroyOnReturn: false })) {
        received += (piece as Buffer).length;
        if (received > deps.maxBytes) return refuse(413, 'PAYLOAD_TOO_LARGE');
        hash.update(piece as Buffer);
      }
    } catch {
      return; // the client went away
    }
    if (received === 0) return refuse(400, 'EMPTY_FILE');
    const sha256 = hash.digest('hex');
    try {
      res.setHeader('cache-control', 'no-store');
      res.json(verificationJson(sha256, await deps.issued.verifyBySha256(sha256)));
    } catch {
      sendProblem(req, res, 500, 'INTERNAL_SERVER_ERROR');
    }
  });
}
