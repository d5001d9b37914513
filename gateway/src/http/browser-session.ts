import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, SubgraphCallError, SubgraphClient, type Logger } from '@eco/kit';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { Router, type Request, type Response } from 'express';

/**
 * Browser sessions of the portal (clients/web): the refresh token lives in an HttpOnly,
 * SameSite=Strict cookie scoped to /session, so no page script can read it (an XSS cannot steal
 * a 30-day session); the access token stays in the page's memory. Requests that take part carry
 * `x-eco-session: browser`: a custom header, so another site cannot send them without a CORS
 * preflight, which the gateway does not grant.
 */
export const BROWSER_SESSION_HEADER = 'x-eco-session';
export const SESSION_COOKIE = 'eco_refresh';
const SESSION_COOKIE_PATH = '/session';
/** As identity's refresh tokens: 30 days. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;
/** The mutations that answer with a refresh token. */
const TOKEN_FIELDS = ['login', 'verifyMfa', 'refreshToken'] as const;

const isBrowserSession = (headers: { get(name: string): string | undefined | null } | Request['headers']) =>
  ('get' in headers && typeof headers.get === 'function' ? headers.get(BROWSER_SESSION_HEADER) : (headers as Request['headers'])[BROWSER_SESSION_HEADER]) === 'browser';

function sessionCookie(value: string, secure: boolean, maxAge = SESSION_MAX_AGE_SECONDS): string {
  return serializeCookie(SESSION_COOKIE, value, { httpOnly: true, secure, sameSite: 'strict', path: SESSION_COOKIE_PATH, maxAge });
}

/**
 * Whether the cookie can be Secure: in production, over HTTPS (directly or through a proxy that
 * says so), and on localhost, which browsers treat as a secure context even over plain HTTP.
 */
const secureCookie = (forwardedProto: string | undefined | null, host: string | undefined | null, production: boolean) =>
  production || forwardedProto === 'https' || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host ?? '');

/** Moves the refresh token of a browser session's sign-in out of the answer and into the cookie. */
export function useBrowserSessionCookie(options: { production: boolean }): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      if (!request.http || !isBrowserSession(request.http.headers)) return;
      const secure = secureCookie(request.http.headers.get('x-forwarded-proto'), request.http.headers.get('host'), options.production);
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, { refreshToken?: string | null } | null> | null | undefined;
          for (const field of TOKEN_FIELDS) {
            const payload = data?.[field];
            if (payload?.refreshToken) {
              response.http.headers.set('set-cookie', sessionCookie(payload.refreshToken, secure));
              payload.refreshToken = null;
            }
          }
        },
      };
    },
  };
}

const REFRESH = /* GraphQL */ `
  mutation BrowserSessionRefresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { code message } }
  }
`;
const LOGOUT = /* GraphQL */ `
  mutation BrowserSessionLogout($input: LogoutInput!) { logout(input: $input) { success userErrors { code } } }
`;

type RefreshAnswer = { refreshToken: { accessToken: string | null; accessTokenExpiresAt: string | null; refreshToken: string | null; userErrors: { code: string; message: string }[] } | null };

/**
 * POST /session/refresh: a new access token from the cookie (the cookie is rotated, as identity
 * rotates refresh tokens); 401 and the cookie cleared when the session is over.
 * POST /session/logout: ends the session at identity and clears the cookie.
 */
export function browserSessionRoutes(options: { identityUrl: string; production: boolean; logger: Logger }): Router {
  const identity = new SubgraphClient({ subgraph: 'identity', url: options.identityUrl });
  const router = Router();
  const refused = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });
  const guard = (req: Request, res: Response): string | null => {
    if (!isBrowserSession(req.headers)) {
      refused(res, 400, ErrorCode.BAD_REQUEST, `Browser sessions only: send the ${BROWSER_SESSION_HEADER}: browser header`);
      return null;
    }
    return parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? '';
  };
  const secureOf = (req: Request) => secureCookie(req.headers['x-forwarded-proto'] as string | undefined, req.headers.host, options.production);

  router.post('/session/refresh', async (req, res) => {
    const current = guard(req, res);
    if (current === null) return;
    res.setHeader('cache-control', 'no-store');
    if (!current) return refused(res, 401, ErrorCode.UNAUTHENTICATED, 'No session');
    try {
      const { refreshToken: answer } = await identity.query<RefreshAnswer>(REFRESH, { input: { refreshToken: current } }, { requestId: res.locals.requestId as string | undefined });
      if (!answer?.accessToken || !answer.refreshToken) {
        res.setHeader('set-cookie', sessionCookie('', secureOf(req), 0));
        return refused(res, 401, ErrorCode.UNAUTHENTICATED, answer?.userErrors[0]?.message ?? 'The session has ended; sign in again');
      }
      res.setHeader('set-cookie', sessionCookie(answer.refreshToken, secureOf(req)));
      return res.json({ accessToken: answer.accessToken, accessTokenExpiresAt: answer.accessTokenExpiresAt });
    } catch (error) {
      if (!(error instanceof SubgraphCallError)) throw error;
      options.logger.warn({ err: error }, 'browser session refresh: identity unavailable');
      return refused(res, 503, ErrorCode.SUBGRAPH_UNAVAILABLE, 'Sign-in is unavailable right now; try again later');
    }
  });

  router.post('/session/logout', async (req, res) => {
    const current = guard(req, res);
    if (current === null) return;
    if (current && req.headers.authorization) {
      await identity.query(LOGOUT, { input: { refreshToken: current } }, { token: req.headers.authorization.replace(/^Bearer\s+/i, '') }).catch((error: unknown) => {
        options.logger.warn({ err: error }, 'browser session logout: identity did not end the session');
      });
    }
    res.setHeader('set-cookie', sessionCookie('', secureOf(req), 0));
    res.status(204).end();
  });
  return router;
}
