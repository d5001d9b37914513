import { localeFromAcceptLanguage, type Locale, type Logger, type TokenVerifier, type Viewer } from '@eco/kit';
import type { IncomingHttpHeaders } from 'node:http';

/** Per-request state of the gateway: who asks, and what to forward to subgraphs. */
export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Viewer;
  locale: Locale;
  /** Forwarded unchanged: every subgraph verifies the token again (zero trust). */
  authorization: string | undefined;
  acceptLanguage: string | undefined;
  /** The caller's network address: whose cost budget an anonymous request draws on. */
  clientAddress?: string;
  /** Set when the gateway runs a live subscription's per-event query (not charged again). */
  liveSubscription?: string;
}

/**
 * Verifies the token before anything is planned: a bad or expired token fails the whole
 * request with UNAUTHENTICATED (HTTP 401), and no subgraph is called.
 */
export async function createGatewayContext(
  headers: IncomingHttpHeaders,
  requestId: string,
  verifier: TokenVerifier,
  logger: Logger,
  clientAddress?: string,
): Promise<GatewayContext> {
  const viewer = await verifier.viewerFromAuthorization(headers.authorization);
  return {
    requestId,
    logger: logger.child({ requestId }),
    viewer,
    locale: localeFromAcceptLanguage(headers['accept-language']),
    authorization: headers.authorization,
    acceptLanguage: headers['accept-language'],
    clientAddress,
  };
}
