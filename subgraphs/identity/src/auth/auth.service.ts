import { securityLoginFailed, securityLoginSucceeded, type Locale, type PayloadOf } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { DocumentsService } from '../documents/documents.service';
import { MfaService, type MfaChallengeView, type MfaMethod } from '../mfa/mfa.service';
import { failure, identityProblem, success, type Outcome } from '../problems';
import type { FoundAccount } from '../recovery/account-recovery.service';
import { NO_REQUEST, type RequestMeta } from '../security/request-meta';
import { UNKNOWN_SUBJECT_ID, type SecurityEvents, type Tx } from '../security/security-events';
import { USER_SELECT, type UserRecord, type UsersService } from '../users/users.service';
import type { AccessTokenIssuer } from './access-token-issuer';
import { loginCandidates } from './login-identifier';
import type { PasswordHasher } from './password-hasher';
import type { SessionsService } from './sessions.service';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface SignedIn {
  user: UserRecord;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
}

/** A login that passed the password but must still pass a second factor. */
export interface MfaRequired {
  mfaChallenge: MfaChallengeView;
}

export type LoginResult = SignedIn | MfaRequired;
export const needsMfa = (result: LoginResult): result is MfaRequired => 'mfaChallenge' in result;

export interface LoginOptions {
  /** The client's random, persistent device id; a device that passed MFA once skips it later. */
  deviceId?: string | null;
  meta?: RequestMeta;
  locale?: Locale;
}

const ACCOUNT_SELECT = { ...USER_SELECT, passwordHash: true, lockedUntil: true } as const;

const invalidCredentials = <T>() => failure<T>([identityProblem(null, 'INVALID_CREDENTIALS')]);

export interface AuthDependencies {
  prisma: PrismaClient;
  users: UsersService;
  documents: DocumentsService;
  sessions: SessionsService;
  passwords: PasswordHasher;
  accessTokens: AccessTokenIssuer;
  mfa: MfaService;
  events: SecurityEvents;
  now: () => Date;
}

/** Sign-in (with a second factor on new devices), token refresh and sign-out. */
export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  async login(login: string, password: string, options: LoginOptions = {}): Promise<Outcome<LoginResult>> {
    const { prisma, passwords, sessions, mfa, events } = this.deps;
    const meta = options.meta ?? NO_REQUEST;
    const deviceId = options.deviceId ?? null;
    if (MfaService.deviceIdProblem(deviceId)) return failure([identityProblem('deviceId', 'DEVICE_ID_INVALID')]);
    const found = await this.findAccountRow(login);
    const account = found?.row ?? null;
    if (!account) {
      await passwords.verifyNothing(password);
      await events.record(securityLoginFailed, this.loginFailed(null, 'UNKNOWN_LOGIN', meta));
      return invalidCredentials();
    }
    const now = this.deps.now();
    // While locked even the right password is refused, or the lock would not slow guessing.
    if (account.lockedUntil && account.lockedUntil > now) {
      await events.record(securityLoginFailed, this.loginFailed(account.id, 'ACCOUNT_LOCKED', meta));
      return failure([identityProblem(null, 'ACCOUNT_LOCKED', { unlockAt: account.lockedUntil })]);
    }
    if (!(await passwords.verify(account.passwordHash, password))) return this.recordFailure(account.id, now, meta);

    await prisma.user.update({ where: { id: account.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    const { passwordHash: _hash, lockedUntil: _lock, ...user } = account;
    const mfaAccount = { id: user.id, phone: user.phone, totpEnabledAt: user.totpEnabledAt, smsMfaEnabledAt: user.smsMfaEnabledAt };
    if (await mfa.needsSecondFactor(mfaAccount, deviceId)) {
      return success({ mfaChallenge: await mfa.issueChallenge(mfaAccount, deviceId, meta, options.locale ?? 'ru') });
    }
    const session = await prisma.$transaction(async (tx) => {
      const started = await sessions.start(user.id, meta, tx);
      await events.append(tx, securityLoginSucceeded, this.loginSucceeded(user.id, started.sessionId, MfaService.enabled(mfaAccount) ? 'PASSWORD_TRUSTED_DEVICE' : 'PASSWORD', meta));
      return started;
    });
    return success(this.signedIn(user, session.sessionId, session.refreshToken));
  }

  /** The second step of a login that got an mfaChallenge. */
  async verifyMfa(challengeId: string, method: MfaMethod, code: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<SignedIn>> {
    const { sessions, events, mfa } = this.deps;
    const outcome = await mfa.verify(challengeId, method, code, meta, async (tx: Tx, userId: string, signInDevice: string | null) => {
      const started = await sessions.start(userId, { ...meta, deviceLabel: signInDevice ?? meta.deviceLabel }, tx);
      await events.append(tx, securityLoginSucceeded, this.loginSucceeded(userId, started.sessionId, `PASSWORD+${method}`, meta));
      return started;
    });
    if (!outcome.ok) return outcome;
    const user = await this.deps.users.findById(outcome.value.userId);
    if (!user) return failure([identityProblem('challengeId', 'MFA_CHALLENGE_NOT_FOUND')]);
    return success(this.signedIn(user, outcome.value.sessionId, outcome.value.refreshToken));
  }

  async refresh(refreshToken: string): Promise<Outcome<SignedIn>> {
    const rotated = await this.deps.sessions.rotate(refreshToken);
    if (!rotated.ok) return rotated;
    const user = await this.deps.users.findById(rotated.value.userId);
    if (!user) return failure([identityProblem('refreshToken', 'INVALID_REFRESH_TOKEN')]);
    return success(this.signedIn(user, rotated.value.sessionId, rotated.value.refreshToken));
  }

  logout(refreshToken: string, userId: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<true>> {
    return this.deps.sessions.revoke(refreshToken, userId, meta);
  }

  /** For password recovery: the account a login names, and where its code should go. */
  async findAccount(login: string): Promise<FoundAccount | null> {
    const found = await this.findAccountRow(login);
    if (!found) return null;
    return { id: found.row.id, email: found.row.email, phone: found.row.phone, channel: found.by === 'phone' ? 'SMS' : 'EMAIL' };
  }

  private signedIn(user: UserRecord, sessionId: string, refreshToken: string): SignedIn {
    const access = this.deps.accessTokens.issue(user, sessionId);
    return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
  }

  /** Five failures in a row lock the account; the count restarts once the lock is set. */
  private async recordFailure(userId: string, now: Date, meta: RequestMeta): Promise<Outcome<LoginResult>> {
    const { prisma, events } = this.deps;
    return prisma.$transaction(async (tx) => {
      // An atomic increment, so parallel guesses cannot all read the same count.
      const { failedLoginCount } = await tx.user.update({
        where: { id: userId },
        data: { failedLoginCount: { increment: 1 } },
        select: { failedLoginCount: true },
      });
      if (failedLoginCount < MAX_FAILED_LOGINS) {
        await events.append(tx, securityLoginFailed, this.loginFailed(userId, 'WRONG_PASSWORD', meta));
        return invalidCredentials<LoginResult>();
      }
      const unlockAt = new Date(now.getTime() + LOCKOUT_MINUTES * 60 * 1000);
      await tx.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: unlockAt } });
      await events.append(tx, securityLoginFailed, this.loginFailed(userId, 'WRONG_PASSWORD_LOCKED', meta));
      return failure<LoginResult>([identityProblem(null, 'ACCOUNT_LOCKED', { unlockAt })]);
    });
  }

  private loginFailed(userId: string | null, reason: PayloadOf<typeof securityLoginFailed>['details']['reason'], meta: RequestMeta) {
    return {
      userId,
      actorId: null,
      subject: { type: 'User' as const, id: userId ?? UNKNOWN_SUBJECT_ID },
      details: { reason },
      meta,
    };
  }

  private loginSucceeded(userId: string, sessionId: string, method: string, meta: RequestMeta) {
    return {
      userId,
      actorId: userId,
      subject: { type: 'User' as const, id: userId },
      details: { sessionId, method },
      meta,
    };
  }

  /** Email, then phone, then SNILS, then INN: the first reading that names an account wins. */
  private async findAccountRow(login: string) {
    const { prisma, documents } = this.deps;
    const candidates = loginCandidates(login);
    const byId = (id: string) => prisma.user.findUnique({ where: { id }, select: ACCOUNT_SELECT });
    const as = async <T>(by: 'email' | 'phone' | 'document', row: Promise<T | null>) => {
      const value = await row;
      return value ? { by, row: value } : null;
    };
    if (candidates.email) return as('email', prisma.user.findUnique({ where: { email: candidates.email }, select: ACCOUNT_SELECT }));
    if (candidates.phone) {
      const byPhone = await as('phone', prisma.user.findUnique({ where: { phone: candidates.phone }, select: ACCOUNT_SELECT }));
      if (byPhone) return byPhone;
    }
    const documentOwner =
      (candidates.snils && (await documents.userIdByNumber('SNILS', candidates.snils))) ||
      (candidates.inn && (await documents.userIdByNumber('INN', candidates.inn))) ||
      null;
    return documentOwner ? as('document', byId(documentOwner)) : null;
  }
}
