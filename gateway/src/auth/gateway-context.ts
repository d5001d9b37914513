import { localeFromAcceptLanguage, type Locale, type Logger, type Viewer } from '@eco/kit';
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
  /** The caller's User-Agent, passed on so identity can label sessions. */
  userAgent?: string;
  /** Set when the gateway runs a live subscription's per-event query (not charged again). */
  liveSubscription?: string;
  /** When the operation must be answered by (ms since the epoch): every subgraph call shares it. */
  deadline: number;
}

/** The request's context, for a caller whose token identify-caller.ts already verified. */
export function createGatewayContext(
  headers: IncomingHttpHeaders,
  requestId: string,
  viewer: Viewer,
  logger: Logger,
  options: { clientAddress?: string; executionTimeoutMs: number },
): GatewayContext {
  return {
    requestId,
    logger: logger.child({ requestId }),
    viewer,
    locale: localeFromAcceptLanguage(headers['accept-language']),
    authorization: headers.authorization,
    acceptLanguage: headers['accept-language'],
    clientAddress: options.clientAddress,
    userAgent: headers['user-agent'],
    deadline: Date.now() + options.executionTimeoutMs,
  };
}
