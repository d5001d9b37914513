import jwt from 'jsonwebtoken';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER, type AccessTokenClaims } from '@eco/kit';
import type { SigningKey } from '../keys/signing-key';
import type { UserRecord } from '../users/users.service';

export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Short-lived ES256 access tokens; the clock is injected so expiry can be tested. */
export class AccessTokenIssuer {
  constructor(
    private readonly key: SigningKey,
    private readonly ttlSeconds: number,
    private readonly now: () => Date,
  ) {}

  issue(user: UserRecord, sessionId: string): IssuedAccessToken {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const claims: AccessTokenClaims = {
      sub: user.id,
      roles: user.roles,
      // Only an employee acts for a department; a stale id on anyone else grants nothing.
      dep: user.roles.includes('EMPLOYEE') ? user.departmentId : null,
      sid: sessionId,
      // Only sandbox users carry the claim; the kit reads its absence as false.
      ...(user.sandbox ? { sandbox: true } : {}),
    };
    // iat/exp are set here rather than by jsonwebtoken, which would read the real clock.
    const token = jwt.sign({ ...claims, iat: issuedAt, exp: expiresAt }, this.key.privateKey, {
      algorithm: TOKEN_ALGORITHM,
      keyid: this.key.kid,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
    });
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }
}
