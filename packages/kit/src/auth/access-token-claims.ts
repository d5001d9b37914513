import type { ApiKeyType, Role } from './viewer';

/** Issuer and audience every access token carries; verifiers refuse anything else. */
export const TOKEN_ISSUER = 'eco-identity';
export const TOKEN_AUDIENCE = 'eco-graph';
export const TOKEN_ALGORITHM = 'ES256';

/** The claims identity signs into an access token (JWT). */
export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  /** Employee's department id. */
  dep?: string | null;
  /** Space-separated OAuth scopes (API clients). */
  scope?: string;
  /** Session (refresh-token family) id, so a revoked session can be recognised. */
  sid?: string;
  /** API clients only: the public client id (`sub` is then the client's UUID, `roles` empty). */
  cid?: string;
  /** API clients only: the key type, TEST (sandbox) or LIVE. */
  kt?: ApiKeyType;
  /** People only: a sandbox (test) user, whose records are test data (docs/api-clients.md). */
  sandbox?: boolean;
}
