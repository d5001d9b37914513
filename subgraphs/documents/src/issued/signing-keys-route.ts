import type { Logger } from '@eco/kit';
import type { Express } from 'express';
import { sendProblem } from '../shared/http-problems';
import type { IssuedDocumentsService } from './issued-documents.service';

export const SIGNING_KEYS_PATH = '/documents/signing-keys.json';

/**
 * GET /documents/signing-keys.json, no token: the JWKS (RFC 7517, OKP/Ed25519 keys per RFC 8037)
 * of every key that ever signed a result, so anyone can check a signature offline.
 */
export function mountSigningKeysRoute(app: Express, deps: { issued: IssuedDocumentsService; logger: Logger }): void {
  app.get(SIGNING_KEYS_PATH, async (req, res) => {
    try {
      res.setHeader('cache-control', 'public, max-age=300');
      res.json(await deps.issued.signingKeys());
    } catch (error) {
      deps.logger.error({ err: error }, 'signing keys unavailable');
      sendProblem(req, res, 500, 'INTERNAL_SERVER_ERROR');
    }
  });
}
