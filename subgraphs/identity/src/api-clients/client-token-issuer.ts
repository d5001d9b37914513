import jwt from 'jsonwebtoken';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessTokenClaims } from '@eco/kit';
import type { SigningKey } from '../keys/signing-key';
import type { ApiClientRecord } from './api-clients.service';

export interface IssuedClientToken {
  token: string;
  expiresInSeconds: number;
}

/**
 * Access tokens for API clients, signed with identity's key like everyone's: `sub` is the
 * client's UUID (never a user's), `roles` empty, `cid`/`kt`/`scope` say which client, which key
 * type and what it may do. No refresh token: the client asks again with its secret.
 */
export class ClientTokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  issue(client: ApiClientRecord, scopes: readonly string[]): IssuedClientToken {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const claims: AccessTokenClaims = { sub: client.id, roles: [], cid: client.clientId, kt: client.keyType, scope: scopes.join(' ') };
    const token = jwt.sign({ ...claims, iat: issuedAt, exp: issuedAt + this.ttlSeconds }, this.key.privateKey, {
      algorithm: TOKEN_ALGORITHM,
      keyid: this.key.kid,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
    });
    return { token, expiresInSeconds: this.ttlSeconds };
  }
}
