import { LocalRevocations, Outbox, SqlSchema, type RevocationRegistry } from '@eco/kit';
import type { PrismaClient } from './generated/prisma/client';
import { AccessTokenIssuer, DEFAULT_ACCESS_TOKEN_TTL_SECONDS } from './auth/access-token-issuer';
import { AuthService } from './auth/auth.service';
import { ApiClientsService } from './api-clients/api-clients.service';
import { ClientTokenIssuer } from './api-clients/client-token-issuer';
import { PasswordHasher } from './auth/password-hasher';
import { SessionsService } from './auth/sessions.service';
import { ChildrenService } from './children/children.service';
import { NO_APPLICATIONS, type ApplicationsClient } from './clients/applications-client';
import { DocumentCipher } from './documents/document-cipher';
import { DocumentsService } from './documents/documents.service';
import type { IdentityKeys } from './keys/identity-keys';
import type { MessageSender } from './messaging/message-sender';
import { SandboxSender } from './messaging/sandbox-sender';
import { MfaService } from './mfa/mfa.service';
import { AccountRecoveryService } from './recovery/account-recovery.service';
import { OneTimeCodesService } from './security/one-time-codes.service';
import { SecretHasher } from './security/secret-hasher';
import { SecurityEvents } from './security/security-events';
import { ApplicantAccessService } from './users/applicant-access.service';
import { UsersService } from './users/users.service';

/** identity's name as a producer (its outbox and /events feed). */
export const IDENTITY_SOURCE = 'identity';

export interface IdentityServiceOptions {
  keys: IdentityKeys;
  /** The clock every rule reads (lockouts, token expiry, "not in the future"); tests move it. */
  now?: () => Date;
  accessTokenTtlSeconds?: number;
  /** identity's PostgreSQL schema: where its outbox is. */
  dbSchema: string;
  /** The email/SMS operator for codes; the sandbox (sandbox_message table) by default. */
  sender?: MessageSender;
  /** Asked, with an employee's token, whom the employee's department serves; by default nobody. */
  applications?: ApplicationsClient;
  /** Where API-client revocations go for every token verifier (Redis, or this process's list). */
  revocations?: RevocationRegistry;
}

export function createIdentityServices(prisma: PrismaClient, options: IdentityServiceOptions) {
  const now = options.now ?? (() => new Date());
  const passwords = new PasswordHasher();
  const outbox = new Outbox(prisma, IDENTITY_SOURCE, new SqlSchema(options.dbSchema));
  const events = new SecurityEvents(prisma, outbox, now);
  const sender = options.sender ?? new SandboxSender(prisma);
  const codes = new OneTimeCodesService(prisma, new SecretHasher(options.keys.documents), now);
  // A new account is sent its email confirmation code (recovery is created below; called later).
  const users: UsersService = new UsersService(prisma, passwords, now, (user, locale) => recovery.sendEmailConfirmation(user.id, locale));
  const cipher = new DocumentCipher(options.keys.documents);
  const documents = new DocumentsService(prisma, cipher, now, events);
  const children = new ChildrenService(prisma, cipher, now, events);
  const sessions = new SessionsService(prisma, now, events);
  const mfa = new MfaService({ prisma, cipher, hasher: new SecretHasher(options.keys.documents), codes, sender, events, passwords, now });
  const accessTokens = new AccessTokenIssuer(
    options.keys.signing,
    options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS,
    now,
  );
  const auth: AuthService = new AuthService({ prisma, users, documents, sessions, passwords, accessTokens, mfa, events, now });
  const recovery: AccountRecoveryService = new AccountRecoveryService({
    prisma, codes, sender, events, sessions, passwords, now, findAccount: (login) => auth.findAccount(login),
  });
  const applicantAccess = new ApplicantAccessService(options.applications ?? NO_APPLICATIONS, events);
  const tokenTtlSeconds = options.accessTokenTtlSeconds ?? DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
  const apiClients = new ApiClientsService(prisma, new ClientTokenIssuer(options.keys.signing, tokenTtlSeconds, now), now, {
    events,
    revocations: options.revocations ?? new LocalRevocations(),
    tokenTtlSeconds,
  });
  return { outbox, apiClients, applicantAccess, users, documents, children, sessions, auth, mfa, recovery, events, accessTokens, signingKey: options.keys.signing };
}

export type IdentityServices = ReturnType<typeof createIdentityServices>;
