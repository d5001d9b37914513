/** What signing in gives the page: the access token only (the refresh token went into the cookie). */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt?: string | null;
}

/**
 * Marks GraphQL requests (login, second factor) whose refresh token the gateway must put into the
 * HttpOnly session cookie instead of the answer; a custom header, so another site cannot send it
 * without a CORS preflight the gateway refuses.
 */
export const BROWSER_SESSION_HEADER = { 'x-eco-session': 'browser' } as const;

/** The gateway's browser-session endpoints (gateway/src/http/browser-session.ts). */
export const browserSession = {
  async refresh(): Promise<SessionTokens | null> {
    const response = await fetch('/session/refresh', { method: 'POST', headers: BROWSER_SESSION_HEADER, credentials: 'same-origin' }).catch(() => null);
    if (!response?.ok) return null;
    return (await response.json()) as SessionTokens;
  },
  async signOut(accessToken: string | null): Promise<void> {
    await fetch('/session/logout', {
      method: 'POST',
      headers: { ...BROWSER_SESSION_HEADER, ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}) },
      credentials: 'same-origin',
    }).catch(() => undefined);
  },
};
