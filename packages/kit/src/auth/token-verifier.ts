import jwt, { type JwtHeader, type JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import type { KeyObject } from 'node:crypto';
import { invalidCredentials } from '../errors/graphql-errors';
import type { RevocationList } from './revocation-list';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessTokenClaims } from './access-token-claims';
import { ANONYMOUS, type ApiKeyType, type Role, type Viewer } from './viewer';

/** Finds the public key for a token's `kid`. */
export type KeySource = (kid: string | undefined) => Promise<KeyObject | string>;

export const JWKS_CACHE_MAX_AGE_MS = 10 * 60 * 1000;

/** Keys from identity's published JWKS, cached; an unknown `kid` triggers a (rate-limited) refetch. */
export function jwksKeySource(jwksUri: string): KeySource {
  const client = new JwksClient({
    jwksUri,
    cache: true,
    cacheMaxAge: JWKS_CACHE_MAX_AGE_MS,
    rateLimit: true,
    jwksRequestsPerMinute: 30,
    timeout: 5000,
  });
  return async (kid) => (await client.getSigningKey(kid)).getPublicKey();
}

export interface TokenVerifier {
  /** Anonymous for no token; a coded UNAUTHENTICATED error for a bad, expired or foreign one. */
  viewerFromAuthorization(header: string | undefined): Promise<Viewer>;
  /** Releases what keeps the revocation list current (Redis connections, the long poll). */
  close?(): Promise<void>;
}

export interface TokenVerifierOptions {
  /** Revoked API clients: their tokens are refused before they expire (checked in memory). */
  revocations?: RevocationList;
}

export function createTokenVerifier(keySource: KeySource, options: TokenVerifierOptions = {}): TokenVerifier {
  async function verify(token: string): Promise<AccessTokenClaims & JwtPayload> {
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string') throw invalidCredentials('Malformed access token');
    const key = await keySource((decoded.header as JwtHeader).kid).catch(() => {
      throw invalidCredentials('Access token signed by an unknown key');
    });
    try {
      return jwt.verify(token, key, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
      }) as AccessTokenClaims & JwtPayload;
    } catch (error) {
      const expired = error instanceof jwt.TokenExpiredError;
      throw invalidCredentials(expired ? 'Access token expired' : 'Invalid access token');
    }
  }

  return {
    async viewerFromAuthorization(header) {
      if (!header) return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) throw invalidCredentials('Authorization header must be "Bearer <token>"');
      const claims = await verify(match[1]);
      const clientId = typeof claims.cid === 'string' && claims.cid ? claims.cid : null;
      if (clientId && claims.kt !== 'TEST' && claims.kt !== 'LIVE') throw invalidCredentials('Invalid access token');
      if (clientId && options.revocations?.isRevoked(claims.sub)) throw invalidCredentials('API client revoked');
      return {
        userId: claims.sub,
        // An API client acts for nobody: whatever roles or department a token claims, it gets none.
        roles: clientId ? [] : ((claims.roles ?? []) as Role[]),
        departmentId: clientId ? null : (claims.dep ?? null),
        scopes: claims.scope ? claims.scope.split(' ').filter(Boolean) : [],
        token: match[1],
        clientId,
        keyType: clientId ? (claims.kt as ApiKeyType) : null,
        sandbox: !clientId && claims.sandbox === true,
      };
    },
    close: async () => options.revocations?.close(),
  };
}
