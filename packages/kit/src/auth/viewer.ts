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
}

export const ANONYMOUS: Viewer = Object.freeze({
  userId: null,
  roles: [],
  departmentId: null,
  scopes: [],
  token: null,
}) as Viewer;

export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.roles.includes(role);
}
