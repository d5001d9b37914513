import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { API_SCOPES } from './api-scopes';

/** RFC 8414 §3: where a client finds the authorization server's metadata. */
export const OAUTH_METADATA_PATH = '/.well-known/oauth-authorization-server';

export interface OAuthMetadataOptions {
  /** The gateway's public origin (env PUBLIC_ORIGIN); without it, from the proxy's x-forwarded-* headers. */
  publicOrigin?: string;
  tokenPath: string;
  jwksPath: string;
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim() || undefined;

/**
 * The origin the client reached: the gateway's, as its proxy passes it on (`x-forwarded-host`,
 * `x-forwarded-proto`, or the Host it keeps). Anything that is not a plain host or http(s) is ignored.
 */
export function requestOrigin(headers: IncomingHttpHeaders): string | null {
  const host = first(headers['x-forwarded-host']) ?? first(headers.host);
  if (!host || !HOST.test(host)) return null;
  const proto = first(headers['x-forwarded-proto']);
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/** Reads PUBLIC_ORIGIN: an http(s) origin without path, or nothing. */
export function publicOriginFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const raw = env.PUBLIC_ORIGIN?.trim();
  if (!raw) return undefined;
  const url = new URL(raw);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`identity: PUBLIC_ORIGIN must be an http(s) origin such as https://api.example.org (got "${raw}")`);
  }
  return url.origin;
}

/** The metadata document for one issuer origin (client credentials only). */
export function oauthMetadata(origin: string, options: Pick<OAuthMetadataOptions, 'tokenPath' | 'jwksPath'>) {
  return {
    issuer: origin,
    token_endpoint: `${origin}${options.tokenPath}`,
    jwks_uri: `${origin}${options.jwksPath}`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    scopes_supported: Object.keys(API_SCOPES),
    // Required by RFC 8414; there is no authorization endpoint (no end-user flows), so none.
    response_types_supported: [],
  };
}

/** Express-style handler for GET /.well-known/oauth-authorization-server. */
export function oauthMetadataHandler(options: OAuthMetadataOptions) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const origin = options.publicOrigin ?? requestOrigin(req.headers);
    if (!origin) {
      res.writeHead(400, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify({ error: 'invalid_request', error_description: 'The request has no usable Host header' }));
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json;charset=UTF-8',
      // Derived from the request's host: a shared cache must key on it.
      ...(options.publicOrigin ? { 'Cache-Control': 'public, max-age=3600' } : { 'Cache-Control': 'public, max-age=300', Vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto' }),
    });
    res.end(JSON.stringify(oauthMetadata(origin, options)));
  };
}

/** Any method but POST on the token endpoint: 405 JSON with `Allow: POST` (RFC 9110 §15.5.6). */
export function oauthTokenMethodNotAllowed(_req: IncomingMessage, res: ServerResponse) {
  res.writeHead(405, { 'Content-Type': 'application/json;charset=UTF-8', Allow: 'POST', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ error: 'invalid_request', error_description: 'The token endpoint takes POST only (application/x-www-form-urlencoded)' }));
}
