import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { browserSession, type SessionTokens } from './browser-session';

export type Role = 'CITIZEN' | 'EMPLOYEE' | 'ADMIN' | 'ORG_REPRESENTATIVE';

export interface SessionUser {
  id: string;
  roles: Role[];
  departmentId: string | null;
}

interface Session {
  /** The access token, in memory only: never in storage a script could read later. */
  accessToken: string | null;
  user: SessionUser | null;
  /** True until the first attempt to resume a session from the HttpOnly cookie has ended. */
  resuming: boolean;
  signedIn(tokens: SessionTokens): void;
  /** A fresh access token from the cookie (null: the session is over). */
  refresh(): Promise<string | null>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** The access token's claims (read, not verified: the API verifies it on every request). */
export function userOf(accessToken: string): SessionUser {
  const claims = JSON.parse(atob(accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string; roles?: Role[]; dep?: string | null; departmentId?: string | null };
  return { id: claims.sub, roles: claims.roles ?? [], departmentId: claims.dep ?? claims.departmentId ?? null };
}

/**
 * The browser session: the refresh token lives in an HttpOnly cookie the API sets (page scripts
 * never see it); the access token only here, in memory. A reload resumes from the cookie.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [accessToken, setAccessToken] = useState<string | null>(null);
  const [resuming, setResuming] = useState(true);

  const refresh = useCallback(async () => {
    const tokens = await browserSession.refresh();
    setAccessToken(tokens?.accessToken ?? null);
    return tokens?.accessToken ?? null;
  }, []);

  useEffect(() => {
    refresh().finally(() => setResuming(false));
  }, [refresh]);

  const value = useMemo<Session>(
    () => ({
      accessToken,
      user: accessToken ? userOf(accessToken) : null,
      resuming,
      signedIn: (tokens) => setAccessToken(tokens.accessToken),
      refresh,
      signOut: async () => {
        await browserSession.signOut(accessToken);
        setAccessToken(null);
      },
    }),
    [accessToken, resuming, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
