import type { TokenVerifier, Viewer } from '@eco/kit';
import type { Request } from 'express';

/** The caller as their bearer token shows them; `invalid` for a bad, expired or foreign token. */
export async function viewerOfRequest(req: Request, verifier: TokenVerifier): Promise<Viewer | 'invalid'> {
  try {
    return await verifier.viewerFromAuthorization(req.headers.authorization);
  } catch {
    return 'invalid';
  }
}

/** The Content-Length the client announced, or null (chunked, or nonsense). */
export function announcedLength(req: Request): number | null {
  const header = req.headers['content-length'];
  return header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : null;
}
