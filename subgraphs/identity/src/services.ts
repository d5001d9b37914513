import type { PrismaClient } from './generated/prisma/client';
import { AccessTokenIssuer, DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './auth/access-token-issuer';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { SessionsService } from './auth/sessions.service';
import { DocumentCipher } from './documents/document-cipher';
import { DocumentsService } from './documents/documents.service';
import type { IdentityKeys } from './keys/identity-keys';
import { UsersService } from './users/users.service';

export interface IdentityServiceOptions {
  keys: IdentityKeys;
  /** The clock every rule reads (lockouts, token expiry, "not in the future"); tests move it. */
  now?: () => Date;
  accessTokenTtlSeconds?: number;
}

export function createIdentityServices(prisma: PrismaClient, options: IdentityServiceOptions) {
  const now = options.now ?? (() => new Date());
  const passwords = new PasswordHasher();
  const users = new UsersService(prisma, passwords, now);
  const documents = new DocumentsService(prisma, new DocumentCipher(options.keys.documents), now);
  const sessions = new SessionsService(prisma, now);
  const accessTokens = new AccessTokenIssuer(
    options.keys.signing,
    options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    now,
  );
  const auth = new AuthService({ prisma, users, documents, sessions, passwords, accessTokens, now });
  return { users, documents, sessions, auth, accessTokens, signingKey: options.keys.signing };
}

export type IdentityServices = ReturnType<typeof createIdentityServices>;
