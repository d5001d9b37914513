import type { PrismaClient } from '../generated/prisma/client';
import type { MessagePurpose } from '../messaging/message-sender';
import { normalizeTypedCode, numericCode, type SecretHasher } from './secret-hasher';
import type { Tx } from './security-events';

/** Wrong tries one code survives; the next try finds it dead. */
export const MAX_CODE_ATTEMPTS = 5;
/** Wrong codes per account (per group of purposes) within the window; then every try is refused. */
export const MAX_ACCOUNT_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export const CODE_TTL_MS: Record<MessagePurpose, number> = {
  EMAIL_CONFIRMATION: 60 * 60 * 1000,
  PASSWORD_RESET: 15 * 60 * 1000,
  SMS_ENROLLMENT: 5 * 60 * 1000,
  MFA_SMS: 5 * 60 * 1000,
};

/** All second-factor guesses (TOTP, SMS, recovery codes) share one per-account budget. */
export type FailureGroup = 'MFA' | 'EMAIL_CONFIRMATION' | 'PASSWORD_RESET';
export const failureGroupOf = (purpose: MessagePurpose): FailureGroup =>
  purpose === 'MFA_SMS' || purpose === 'SMS_ENROLLMENT' ? 'MFA' : purpose;

export type CodeCheck = 'OK' | 'INVALID' | 'EXPIRED' | 'TOO_MANY_ATTEMPTS';

/**
 * Codes sent by email/SMS: six digits, stored as HMAC only, expiring, single-use, and with
 * two guessing limits — per code (MAX_CODE_ATTEMPTS) and per account over a window
 * (MAX_ACCOUNT_FAILURES / FAILURE_WINDOW_MS), so new codes cannot be used to reset the count.
 */
export class OneTimeCodesService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly hasher: SecretHasher,
    private readonly now: () => Date,
  ) {}

  /** A new code for the purpose; earlier unused ones of the same purpose stop working. */
  async issue(tx: Tx, userId: string, purpose: MessagePurpose, challengeId: string | null = null): Promise<string> {
    const now = this.now();
    const code = numericCode();
    await tx.oneTimeCode.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
    await tx.oneTimeCode.create({
      data: {
        userId,
        purpose,
        challengeId,
        codeHash: this.hasher.hash(purpose, code),
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS[purpose]),
      },
    });
    return code;
  }

  /** Codes of this purpose issued since `since` (to cap how often one can be requested). */
  issuedSince(userId: string, purpose: MessagePurpose, since: Date): Promise<number> {
    return this.prisma.oneTimeCode.count({ where: { userId, purpose, createdAt: { gt: since } } });
  }

  /** Checks and, when right, uses up the newest live code; a wrong one counts against both limits. */
  async check(userId: string, purpose: MessagePurpose, typed: string, challengeId: string | null = null): Promise<CodeCheck> {
    if (await this.accountLimitReached(userId, failureGroupOf(purpose))) return 'TOO_MANY_ATTEMPTS';
    const now = this.now();
    const current = await this.prisma.oneTimeCode.findFirst({
      where: { userId, purpose, usedAt: null, ...(challengeId ? { challengeId } : {}) },
      orderBy: { createdAt: 'desc' },
    });
    if (!current) {
      await this.recordFailure(userId, failureGroupOf(purpose));
      return 'INVALID';
    }
    if (current.expiresAt <= now) return 'EXPIRED';
    if (current.attempts >= MAX_CODE_ATTEMPTS) return 'TOO_MANY_ATTEMPTS';
    if (this.hasher.matches(current.codeHash, purpose, normalizeTypedCode(typed))) {
      // Claimed with a condition: two requests racing with the same code cannot both win.
      const claimed = await this.prisma.oneTimeCode.updateMany({ where: { id: current.id, usedAt: null }, data: { usedAt: now } });
      return claimed.count === 1 ? 'OK' : 'INVALID';
    }
    await this.prisma.oneTimeCode.updateMany({ where: { id: current.id }, data: { attempts: { increment: 1 } } });
    await this.recordFailure(userId, failureGroupOf(purpose));
    return 'INVALID';
  }

  async accountLimitReached(userId: string, group: FailureGroup): Promise<boolean> {
    const since = new Date(this.now().getTime() - FAILURE_WINDOW_MS);
    const failures = await this.prisma.codeFailure.count({ where: { userId, purpose: group, createdAt: { gt: since } } });
    return failures >= MAX_ACCOUNT_FAILURES;
  }

  async recordFailure(userId: string, group: FailureGroup): Promise<void> {
    await this.prisma.codeFailure.create({ data: { userId, purpose: group, createdAt: this.now() } });
  }
}
