import { CITIZEN, DEMO_PASSWORD } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';

/*
 * The portal's browser session at the HTTP level: the refresh token goes into an HttpOnly,
 * SameSite=Strict cookie scoped to /session (the answer carries null), /session/refresh rotates it,
 * a replayed old cookie ends the session, and nothing works without the x-eco-session header
 * (which another site cannot send without a CORS preflight).
 */

const at = (path: string) => new URL(path, gatewayUrl()).toString();
const BROWSER = { 'x-eco-session': 'browser' };
const cookieOf = (response: Response) => /eco_refresh=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? null;

async function signIn(headers: Record<string, string>) {
  return fetch(at('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: `mutation { login(input: { login: "${CITIZEN}", password: "${DEMO_PASSWORD}" }) { accessToken refreshToken } }` }),
  });
}

const refresh = (cookie: string | null, headers: Record<string, string> = BROWSER) =>
  fetch(at('/session/refresh'), { method: 'POST', headers: { ...headers, ...(cookie ? { cookie: `eco_refresh=${cookie}` } : {}) } });

describe('browser sessions (the portal)', () => {
  it('puts the refresh token into an HttpOnly cookie instead of the answer', async () => {
    const response = await signIn(BROWSER);
    const body = (await response.json()) as { data: { login: { accessToken: string; refreshToken: string | null } } };
    expect(body.data.login.accessToken).toMatch(/^eyJ/);
    expect(body.data.login.refreshToken).toBeNull();
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^eco_refresh=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    // localhost is a secure context for browsers, so the cookie is Secure here too.
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/session/);

    // Other clients (apps, scripts) get the refresh token in the answer as before, and no cookie.
    const plain = await signIn({});
    expect(((await plain.json()) as { data: { login: { refreshToken: string } } }).data.login.refreshToken).toEqual(expect.any(String));
    expect(plain.headers.get('set-cookie')).toBeNull();
  });

  it('renews the access token from the cookie, rotating it; a replayed old cookie ends the session', async () => {
    const first = cookieOf(await signIn(BROWSER));
    const renewed = await refresh(first);
    expect(renewed.status).toBe(200);
    expect(((await renewed.json()) as { accessToken: string }).accessToken).toMatch(/^eyJ/);
    const second = cookieOf(renewed);
    expect(second).not.toBe(first);

    // The first cookie again (stolen and replayed): refused, and the family is revoked.
    const replayed = await refresh(first);
    expect(replayed.status).toBe(401);
    expect(cookieOf(replayed)).toBe('');
    expect((await refresh(second)).status).toBe(401);
  });

  it('refuses without the x-eco-session header or without a cookie, with a coded JSON error', async () => {
    const cookie = cookieOf(await signIn(BROWSER));
    const forged = await refresh(cookie, {});
    expect(forged.status).toBe(400);
    expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    const none = await refresh(null);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The forged attempt did not use the cookie up.
    expect((await refresh(cookie)).status).toBe(200);
  });

  it('signs out: the session ends at identity and the cookie is cleared', async () => {
    const login = await signIn(BROWSER);
    const { accessToken } = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login;
    const cookie = cookieOf(login);
    const out = await fetch(at('/session/logout'), { method: 'POST', headers: { ...BROWSER, cookie: `eco_refresh=${cookie}`, authorization: `Bearer ${accessToken}` } });
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toBe('');
    expect((await refresh(cookie)).status).toBe(401);
  });
});
