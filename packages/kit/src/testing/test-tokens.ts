import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../auth/access-token-claims';
import type { KeySource } from '../auth/token-verifier';
import type { Role, Viewer } from '../auth/viewer';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';

/**
 * For subgraph tests: access tokens as identity signs them (ES256, issuer, audience, kid), from
 * a key made for the test, and the KeySource a subgraph verifies them with instead of the JWKS.
 */
export class TestTokens {
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  constructor(private readonly kid = 'test-key') {}

  /** What the subgraph verifies with, in place of identity's JWKS. */
  readonly keySource: KeySource = async (kid) => {
    if (kid !== this.kid) throw new Error(`unknown kid ${kid}`);
    return this.keys.publicKey;
  };

  /** An API client's token as identity's /oauth/token issues it. */
  signClient(clientUuid: string, clientId: string, scopes: string[], keyType: 'TEST' | 'LIVE' = 'LIVE'): string {
    return jwt.sign({ sub: clientUuid, roles: [], cid: clientId, kt: keyType, scope: scopes.join(' ') }, this.keys.privateKey, {
      algorithm: TOKEN_ALGORITHM,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      keyid: this.kid,
      expiresIn: 600,
    });
  }

  sign(userId: string, roles: Role[] = ['CITIZEN'], dep: string | null = null): string {
    return jwt.sign({ sub: userId, roles, dep }, this.keys.privateKey, {
      algorithm: TOKEN_ALGORITHM,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      keyid: this.kid,
      expiresIn: 600,
    });
  }
}

/** A viewer as the kit builds it from a verified token (for in-process execution). */
export function testViewer(userId: string, roles: Role[] = ['CITIZEN'], departmentId: string | null = null): Viewer {
  return { userId, roles, departmentId, scopes: [], token: 'test-token', clientId: null, keyType: null };
}

/** An API client's viewer as the kit builds it from a client-credentials token. */
export function testClientViewer(clientUuid: string, clientId: string, scopes: string[], keyType: 'TEST' | 'LIVE' = 'LIVE'): Viewer {
  return { userId: clientUuid, roles: [], departmentId: null, scopes, token: 'test-client-token', clientId, keyType };
}
