/** Who is asking: built from a verified access token, or anonymous. */
export const Role = {
  CITIZEN: 'CITIZEN',
  EMPLOYEE: 'EMPLOYEE',
  ADMIN: 'ADMIN',
  ORG_REPRESENTATIVE: 'ORG_REPRESENTATIVE',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export interface Viewer {
  userId: string | null;
  roles: Role[];
  /** Set for employees: the department whose queue and records they work with. */
  departmentId: string | null;
  /** OAuth scopes of a third-party API client; empty for the portal's own users. */
  scopes: string[];
  /** The raw token, forwarded unchanged to subgraphs. */
  token: string | null;
  /**
   * Set only for a third-party API client's token (OAuth client credentials): its public client
   * id. Such a token is not a person: `userId` is the client's own UUID (never a user's), roles
   * are empty, and `isAuthenticated` refuses it; it is allowed only what its `scopes` open.
   */
  clientId?: string | null;
  /** An API client's key type: TEST (sandbox) or LIVE; null for everyone else. */
  keyType?: ApiKeyType | null;
  /**
   * A sandbox (test) user: what they file is test data, flagged `sandbox` in its records and
   * events, seen by TEST API keys' webhooks only. False for everyone else.
   */
  sandbox?: boolean;
}

export const ApiKeyType = { TEST: 'TEST', LIVE: 'LIVE' } as const;
export type ApiKeyType = (typeof ApiKeyType)[keyof typeof ApiKeyType];

export const ANONYMOUS: Viewer = Object.freeze({
  userId: null,
  roles: [],
  departmentId: null,
  scopes: [],
  token: null,
  clientId: null,
  keyType: null,
  sandbox: false,
}) as Viewer;

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
}

/** Whether the token is a third-party API client's (client credentials), not a person's. */
export function isApiClientViewer(viewer: Viewer): boolean {
  return Boolean(viewer.clientId);
}

/** Whether an API client's token carries this scope (people's tokens carry none). */
export function viewerHasScope(viewer: Viewer, scope: string): boolean {
  return isApiClientViewer(viewer) && viewer.scopes.includes(scope);
}
