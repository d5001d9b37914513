import type { PrismaClient } from '../generated/prisma/client';
import type { DocumentsService } from '../documents/documents.service';
import { failure, identityProblem, success, type Outcome } from '../problems';
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

const ACCOUNT_SELECT = { ...USER_SELECT, passwordHash: true, lockedUntil: true } as const;

const invalidCredentials = <T>() => failure<T>([identityProblem(null, 'INVALID_CREDENTIALS')]);

export interface AuthDependencies {
  prisma: PrismaClient;
  users: UsersService;
  documents: DocumentsService;
  sessions: SessionsService;
  passwords: PasswordHasher;
  accessTokens: AccessTokenIssuer;
  now: () => Date;
}

/** Sign-in, token refresh and sign-out. */
export class AuthService {
  constructor(private readonly deps: AuthDependencies) {}

  async login(login: string, password: string): Promise<Outcome<SignedIn>> {
    const { prisma, passwords, sessions } = this.deps;
    const account = await this.findAccount(login);
    if (!account) {
      await passwords.verifyNothing(password);
      return invalidCredentials();
    }
    const now = this.deps.now();
    // While locked even the right password is refused, or the lock would not slow guessing.
    if (account.lockedUntil && account.lockedUntil > now) {
      return failure([identityProblem(null, 'ACCOUNT_LOCKED', { unlockAt: account.lockedUntil })]);
    }
    if (!(await passwords.verify(account.passwordHash, password))) return this.recordFailure(account.id, now);

    await prisma.user.update({ where: { id: account.id }, data: { failedLoginCount: 0, lockedUntil: null } });
    const { passwordHash: _hash, lockedUntil: _lock, ...user } = account;
    const session = await sessions.start(user.id);
    return success(this.signedIn(user, session.sessionId, session.refreshToken));
  }

  async refresh(refreshToken: string): Promise<Outcome<SignedIn>> {
    const rotated = await this.deps.sessions.rotate(refreshToken);
    if (!rotated.ok) return rotated;
    const user = await this.deps.users.findById(rotated.value.userId);
    if (!user) return failure([identityProblem('refreshToken', 'INVALID_REFRESH_TOKEN')]);
    return success(this.signedIn(user, rotated.value.sessionId, rotated.value.refreshToken));
  }

  logout(refreshToken: string, userId: string): Promise<Outcome<true>> {
    return this.deps.sessions.revoke(refreshToken, userId);
  }

  private signedIn(user: UserRecord, sessionId: string, refreshToken: string): SignedIn {
    const access = this.deps.accessTokens.issue(user, sessionId);
    return { user, accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken };
  }

  /** Five failures in a row lock the account; the count restarts once the lock is set. */
  private async recordFailure(userId: string, now: Date): Promise<Outcome<SignedIn>> {
    const { prisma } = this.deps;
    // An atomic increment, so parallel guesses cannot all read the same count.
    const { failedLoginCount } = await prisma.user.update({
      where: { id: userId },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    if (failedLoginCount < MAX_FAILED_LOGINS) return invalidCredentials();
    const unlockAt = new Date(now.getTime() + LOCKOUT_MINUTES * 60 * 1000);
    await prisma.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: unlockAt } });
    return failure([identityProblem(null, 'ACCOUNT_LOCKED', { unlockAt })]);
  }

  /** Email, then phone, then SNILS, then INN: the first reading that names an account wins. */
  private async findAccount(login: string) {
    const { prisma, documents } = this.deps;
    const candidates = loginCandidates(login);
    if (candidates.email) return prisma.user.findUnique({ where: { email: candidates.email }, select: ACCOUNT_SELECT });
    if (candidates.phone) {
      const byPhone = await prisma.user.findUnique({ where: { phone: candidates.phone }, select: ACCOUNT_SELECT });
      if (byPhone) return byPhone;
    }
    const documentOwner =
      (candidates.snils && (await documents.userIdByNumber('SNILS', candidates.snils))) ||
      (candidates.inn && (await documents.userIdByNumber('INN', candidates.inn))) ||
      null;
    return documentOwner ? prisma.user.findUnique({ where: { id: documentOwner }, select: ACCOUNT_SELECT }) : null;
  }
}
