import { normalizeEmail, securityEmailConfirmed, securityPasswordReset, securityPasswordResetRequested, type Locale } from '@eco/kit';
import type { PasswordHasher } from '../auth/password-hasher';
import type { SessionsService } from '../auth/sessions.service';
import type { PrismaClient } from '../generated/prisma/client';
import type { MessageChannel, MessagePurpose, MessageSender } from '../messaging/message-sender';
import { codeMessageText } from '../messaging/message-texts';
import { failure, identityProblem, success, type IdentityCode, type Outcome } from '../problems';
import { CODE_TTL_MS, type CodeCheck, type OneTimeCodesService } from '../security/one-time-codes.service';
import type { RequestMeta } from '../security/request-meta';
import type { SecurityEvents } from '../security/security-events';
import { validatePassword } from '../validation';

/** Reset codes one account may be sent per window: enough for a lost message, not for spam. */
export const MAX_RESET_REQUESTS = 3;
export const RESET_REQUEST_WINDOW_MS = 15 * 60 * 1000;

/** How a login found its account, which decides where a reset code goes. */
export interface FoundAccount {
  id: string;
  email: string;
  phone: string;
  /** SMS when the person typed their phone number; email otherwise. */
  channel: MessageChannel;
}

export interface RecoveryDependencies {
  prisma: PrismaClient;
  codes: OneTimeCodesService;
  sender: MessageSender;
  events: SecurityEvents;
  sessions: SessionsService;
  passwords: PasswordHasher;
  /** AuthService's lookup: email, phone, SNILS or INN. */
  findAccount: (login: string) => Promise<FoundAccount | null>;
  now: () => Date;
}

const CODE_PROBLEMS: Record<Exclude<CodeCheck, 'OK'>, IdentityCode> = {
  INVALID: 'CODE_INVALID',
  EXPIRED: 'CODE_EXPIRED',
  TOO_MANY_ATTEMPTS: 'CODE_TOO_MANY_ATTEMPTS',
};

/** Email confirmation and password recovery by a one-time code. */
export class AccountRecoveryService {
  constructor(private readonly deps: RecoveryDependencies) {}

  /** Sends (again) the code that confirms the account's email. */
  async sendEmailConfirmation(userId: string, locale: Locale = 'ru'): Promise<Outcome<true>> {
    const { prisma, codes } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailConfirmedAt: true } });
    if (user.emailConfirmedAt) return failure([identityProblem(null, 'EMAIL_ALREADY_CONFIRMED')]);
    const code = await prisma.$transaction((tx) => codes.issue(tx, userId, 'EMAIL_CONFIRMATION'));
    await this.send('EMAIL', user.email, 'EMAIL_CONFIRMATION', code, locale);
    return success(true);
  }

  /** By the signed-in user's id, or by the email for someone not signed in. */
  async confirmEmail(who: { userId: string } | { email: string }, code: string, meta: RequestMeta): Promise<Outcome<true>> {
    const { prisma, codes, events, now } = this.deps;
    const user =
      'userId' in who
        ? await prisma.user.findUnique({ where: { id: who.userId }, select: { id: true, emailConfirmedAt: true } })
        : await prisma.user.findUnique({ where: { email: normalizeEmail(who.email) }, select: { id: true, emailConfirmedAt: true } });
    // An unknown email answers like a wrong code: the form must not tell which emails have accounts.
    if (!user) return failure([identityProblem('code', 'CODE_INVALID')]);
    if (user.emailConfirmedAt) return failure([identityProblem(null, 'EMAIL_ALREADY_CONFIRMED')]);
    const checked = await codes.check(user.id, 'EMAIL_CONFIRMATION', code);
    if (checked !== 'OK') return failure([identityProblem('code', CODE_PROBLEMS[checked])]);
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { emailConfirmedAt: now() } });
      await events.append(tx, securityEmailConfirmed, { userId: user.id, actorId: user.id, subject: { type: 'User', id: user.id }, meta });
    });
    return success(true);
  }

  /**
   * Always the same answer, whether or not the login names an account and whether or not a
   * code was sent (at most MAX_RESET_REQUESTS per window), so it reveals nothing.
   */
  async requestPasswordReset(login: string, meta: RequestMeta, locale: Locale = 'ru'): Promise<void> {
    const { prisma, codes, events, now } = this.deps;
    const account = login.trim() ? await this.deps.findAccount(login) : null;
    if (!account) return;
    const since = new Date(now().getTime() - RESET_REQUEST_WINDOW_MS);
    if ((await codes.issuedSince(account.id, 'PASSWORD_RESET', since)) >= MAX_RESET_REQUESTS) return;
    const code = await prisma.$transaction(async (tx) => {
      const issued = await codes.issue(tx, account.id, 'PASSWORD_RESET');
      await events.append(tx, securityPasswordResetRequested, {
        userId: account.id,
        actorId: null,
        subject: { type: 'User', id: account.id },
        details: { channel: account.channel },
        meta,
      });
      return issued;
    });
    await this.send(account.channel, account.channel === 'SMS' ? account.phone : account.email, 'PASSWORD_RESET', code, locale);
  }

  /** A new password for the right code; every session ends, since a thief may hold one. */
  async resetPassword(login: string, code: string, newPassword: string, meta: RequestMeta): Promise<Outcome<{ userId: string; sessionsRevoked: number }>> {
    const { prisma, codes, events, sessions, passwords } = this.deps;
    const weak = validatePassword(newPassword, 'newPassword');
    if (weak.length > 0) return failure(weak);
    const account = login.trim() ? await this.deps.findAccount(login) : null;
    if (!account) return failure([identityProblem('code', 'CODE_INVALID')]);
    const checked = await codes.check(account.id, 'PASSWORD_RESET', code);
    if (checked !== 'OK') return failure([identityProblem('code', CODE_PROBLEMS[checked])]);
    const passwordHash = await passwords.hash(newPassword);
    const revoked = await prisma.$transaction(async (tx) => {
      // A reset also lifts a lockout: the person has just proved they hold the mailbox or phone.
      await tx.user.update({ where: { id: account.id }, data: { passwordHash, failedLoginCount: 0, lockedUntil: null } });
      const ids = await sessions.revokeAllInTx(tx, account.id, 'PASSWORD_RESET', meta);
      await events.append(tx, securityPasswordReset, {
        userId: account.id,
        actorId: account.id,
        subject: { type: 'User', id: account.id },
        details: { sessionsRevoked: ids.length },
        meta,
      });
      return ids.length;
    });
    return success({ userId: account.id, sessionsRevoked: revoked });
  }

  private async send(channel: MessageChannel, to: string, purpose: MessagePurpose, code: string, locale: Locale): Promise<void> {
    await this.deps.sender.send({ channel, to, purpose, text: codeMessageText(purpose, code, CODE_TTL_MS[purpose], locale) });
  }
}
