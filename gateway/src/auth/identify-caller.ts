import { errorCodeOf, ErrorCode, type Logger, type TokenVerifier, type Viewer } from '@eco/kit';
import type { RequestHandler, Response } from 'express';

/** RFC 6750 §3: the challenge a 401 carries, so a client knows a Bearer token is wanted. */
export const BEARER_REALM = 'eco';

export function bearerChallenge(description?: string): string {
  return description ? `Bearer realm="${BEARER_REALM}", error="invalid_token", error_description="${description.replace(/"/g, "'")}"` : `Bearer realm="${BEARER_REALM}"`;
}

/** Who the request is from, once verified for the whole request (the context and the gates read it). */
export function viewerOf(res: Response): Viewer {
  return res.locals.viewer as Viewer;
}

/**
 * Verifies the token before anything else looks at the request: a bad, expired or revoked one is
 * answered 401 UNAUTHENTICATED with a Bearer challenge, and nothing is parsed, planned or called.
 */
export function identifyCaller(verifier: TokenVerifier, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await verifier.viewerFromAuthorization(req.headers.authorization);
      next();
    } catch (error) {
      if (errorCodeOf(error) !== ErrorCode.UNAUTHENTICATED) return next(error);
      const message = (error as Error).message;
      logger.info({ requestId: res.locals.requestId, reason: message }, 'refused: invalid credentials');
      res.status(401).setHeader('www-authenticate', bearerChallenge(message));
      res.json({ errors: [{ message, extensions: { code: ErrorCode.UNAUTHENTICATED } }] });
    }
  };
}
