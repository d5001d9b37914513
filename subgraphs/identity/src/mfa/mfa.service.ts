import { securityMfaChallengeIssued, securityMfaDisabled, securityMfaEnabled, securityMfaFailed, securityMfaVerified, type Locale } from '@eco/kit';
import type { PasswordHasher } from '../auth/password-hasher';
import type { DocumentCipher } from '../documents/document-cipher';
import type { PrismaClient } from '../generated/prisma/client';
import type { MessageSender } from '../messaging/message-sender';
import { codeMessageText } from '../messaging/message-texts';
import { failure, identityProblem, success, type IdentityCode, type Outcome } from '../problems';
import { CODE_TTL_MS, MAX_CODE_ATTEMPTS, type OneTimeCodesService } from '../security/one-time-codes.service';
import type { RequestMeta } from '../security/request-meta';
import { normalizeTypedCode, recoveryCode, type SecretHasher } from '../security/secret-hasher';
import type { SecurityEvents, Tx } from '../security/security-events';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

export const MFA_METHODS = ['TOTP', 'SMS', 'RECOVERY_CODE'] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
export const MAX_CHALLENGE_ATTEMPTS = MAX_CODE_ATTEMPTS;
export const RECOVERY_CODE_COUNT = 10;
/** A client's deviceId is its secret "remember this device" cookie: too short would be guessable. */
export const DEVICE_ID_MIN = 16;
export const DEVICE_ID_MAX = 200;

export interface MfaChallengeView {
  challengeId: string;
  methods: MfaMethod[];
  expiresAt: Date;
}

/** The second-factor state of an account, as sign-in needs it. */
export interface MfaAccount {
  id: string;
  phone: string;
  totpEnabledAt: Date | null;
  smsMfaEnabledAt: Date | null;
}

export interface MfaDependencies {
  prisma: PrismaClient;
  cipher: DocumentCipher;
  hasher: SecretHasher;
  codes: OneTimeCodesService;
  sender: MessageSender;
  events: SecurityEvents;
  passwords: PasswordHasher;
  now: () => Date;
}

const problem = <T>(code: IdentityCode, field: string | null = 'code') => failure<T>([identityProblem(field, code)]);
const totpAad = (userId: string) => `${userId}:TOTP`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Second factors: TOTP (authenticator app), SMS codes, single-use recovery codes; challenges
 * for sign-ins from devices not yet trusted; enrolment and removal. Knows nothing of tokens:
 * AuthService turns a passed challenge into a session.
 */
export class MfaService {
  constructor(private readonly deps: MfaDependencies) {}

  static enabled(account: Pick<MfaAccount, 'totpEnabledAt' | 'smsMfaEnabledAt'>): boolean {
    return account.totpEnabledAt !== null || account.smsMfaEnabledAt !== null;
  }

  /** DEVICE_ID_INVALID for a deviceId too short or long to be a random secret. */
  static deviceIdProblem(deviceId: string | null | undefined): boolean {
    return deviceId != null && (deviceId.length < DEVICE_ID_MIN || deviceId.length > DEVICE_ID_MAX);
  }

  /** Whether this sign-in must pass a second factor: MFA on, and the device not trusted. */
  async needsSecondFactor(account: MfaAccount, deviceId: string | null): Promise<boolean> {
    if (!MfaService.enabled(account)) return false;
    if (!deviceId) return true;
    const trusted = await this.deps.prisma.trustedDevice.findUnique({
      where: { userId_deviceHash: { userId: account.id, deviceHash: this.deviceHash(deviceId) } },
      select: { id: true },
    });
    if (!trusted) return true;
    await this.deps.prisma.trustedDevice.update({ where: { id: trusted.id }, data: { lastUsedAt: this.deps.now() } });
    return false;
  }

  /** The methods this account can answer a challenge with, in the order a client should offer them. */
  async methodsOf(account: Pick<MfaAccount, 'id' | 'totpEnabledAt' | 'smsMfaEnabledAt'>): Promise<MfaMethod[]> {
    const recoveryLeft = await this.deps.prisma.mfaRecoveryCode.count({ where: { userId: account.id, usedAt: null } });
    return [
      ...(account.totpEnabledAt ? (['TOTP'] as const) : []),
      ...(account.smsMfaEnabledAt ? (['SMS'] as const) : []),
      ...(recoveryLeft > 0 ? (['RECOVERY_CODE'] as const) : []),
    ];
  }

  /** A challenge for a sign-in that passed the password; with SMS on, the code goes out now. */
  async issueChallenge(account: MfaAccount, deviceId: string | null, meta: RequestMeta, locale: Locale): Promise<MfaChallengeView> {
    const { prisma, now, events, codes } = this.deps;
    const at = now();
    const methods = await this.methodsOf(account);
    const expiresAt = new Date(at.getTime() + CHALLENGE_TTL_MS);
    const { challenge, smsCode } = await prisma.$transaction(async (tx) => {
      const challenge = await tx.mfaChallenge.create({
        data: {
          userId: account.id,
          deviceHash: deviceId ? this.deviceHash(deviceId) : null,
          deviceLabel: meta.deviceLabel,
          ipMasked: meta.ipMasked,
          createdAt: at,
          expiresAt,
        },
        select: { id: true },
      });
      const smsCode = account.smsMfaEnabledAt ? await codes.issue(tx, account.id, 'MFA_SMS', challenge.id) : null;
      await events.append(tx, securityMfaChallengeIssued, {
        userId: account.id,
        actorId: account.id,
        subject: { type: 'User', id: account.id },
        details: { challengeId: challenge.id, methods: [...methods], newDevice: true },
        meta,
      });
      return { challenge, smsCode };
    });
    if (smsCode) await this.sendCode(account.phone, 'SMS', 'MFA_SMS', smsCode, locale);
    return { challengeId: challenge.id, methods, expiresAt };
  }

  /**
   * Checks the answer to a challenge. On success `complete` runs in the same transaction that
   * closes the challenge, trusts the device and writes mfa_verified, so none happens alone.
   */
  async verify<T>(
    challengeId: string,
    method: MfaMethod,
    code: string,
    meta: RequestMeta,
    complete: (tx: Tx, userId: string, signInDevice: string | null) => Promise<T>,
  ): Promise<Outcome<T>> {
    const { prisma, now, events, codes } = this.deps;
    const at = now();
    const challenge = UUID.test(challengeId)
      ? await prisma.mfaChallenge.findUnique({
          where: { id: challengeId },
          include: { user: { select: { id: true, totpEnabledAt: true, smsMfaEnabledAt: true, totpLastStep: true, totpSecretIv: true, totpSecretAuthTag: true, totpSecretCiphertext: true } } },
        })
      : null;
    if (!challenge || challenge.completedAt) return problem('MFA_CHALLENGE_NOT_FOUND', 'challengeId');
    const user = challenge.user;
    const fail = async (reason: IdentityCode, countIt: boolean): Promise<Outcome<T>> => {
      if (countIt) {
        await prisma.mfaChallenge.update({ where: { id: challenge.id }, data: { attempts: { increment: 1 } } });
        if (method !== 'SMS') await codes.recordFailure(user.id, 'MFA');
      }
      await events.record(securityMfaFailed, {
        userId: user.id,
        actorId: null,
        subject: { type: 'User', id: user.id },
        details: { challengeId: challenge.id, method, reason },
        meta,
      });
      return problem(reason);
    };
    if (challenge.expiresAt <= at) return fail('MFA_CODE_EXPIRED', false);
    if (challenge.attempts >= MAX_CHALLENGE_ATTEMPTS) return fail('MFA_TOO_MANY_ATTEMPTS', false);
    if (await codes.accountLimitReached(user.id, 'MFA')) return fail('MFA_TOO_MANY_ATTEMPTS', false);

    let totpStep: number | null = null;
    if (method === 'TOTP') {
      const secret = user.totpEnabledAt ? this.openTotpSecret(user) : null;
      if (!secret) return problem('MFA_METHOD_UNAVAILABLE', 'method');
      totpStep = await acceptedTotpStep(secret, code.trim(), at, user.totpLastStep);
      if (totpStep === null) return fail('MFA_CODE_INVALID', true);
    } else if (method === 'SMS') {
      if (!user.smsMfaEnabledAt) return problem('MFA_METHOD_UNAVAILABLE', 'method');
      const checked = await codes.check(user.id, 'MFA_SMS', code, challenge.id);
      if (checked !== 'OK') {
        const reason = checked === 'EXPIRED' ? 'MFA_CODE_EXPIRED' : checked === 'TOO_MANY_ATTEMPTS' ? 'MFA_TOO_MANY_ATTEMPTS' : 'MFA_CODE_INVALID';
        return fail(reason, checked === 'INVALID');
      }
    } else if (!(await this.useRecoveryCode(user.id, code))) {
      return fail('MFA_CODE_INVALID', true);
    }

    const completed = await prisma.$transaction(async (tx) => {
      // Claimed with a condition: one challenge yields one session even if answered twice at once.
      const claimed = await tx.mfaChallenge.updateMany({ where: { id: challenge.id, completedAt: null }, data: { completedAt: at } });
      if (claimed.count === 0) return null;
      if (totpStep !== null) await tx.user.update({ where: { id: user.id }, data: { totpLastStep: totpStep } });
      if (challenge.deviceHash) {
        await tx.trustedDevice.upsert({
          where: { userId_deviceHash: { userId: user.id, deviceHash: challenge.deviceHash } },
          create: { userId: user.id, deviceHash: challenge.deviceHash, createdAt: at, lastUsedAt: at },
          update: { lastUsedAt: at },
        });
      }
      await events.append(tx, securityMfaVerified, {
        userId: user.id,
        actorId: user.id,
        subject: { type: 'User', id: user.id },
        details: { challengeId: challenge.id, method, deviceRemembered: challenge.deviceHash !== null },
        meta,
      });
      // The device named at login (deviceName / User-Agent), not the one of this second request.
      return { value: await complete(tx, user.id, challenge.deviceLabel) };
    });
    return completed ? success(completed.value) : problem('MFA_CHALLENGE_NOT_FOUND', 'challengeId');
  }

  /** Step 1 of TOTP: a new secret, shown once (otpauth URI for the QR code); not active yet. */
  async startTotp(userId: string): Promise<Outcome<{ secret: string; otpauthUri: string }>> {
    const { prisma, cipher } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpEnabledAt: true } });
    if (user.totpEnabledAt) return problem('TOTP_ALREADY_ENABLED', null);
    const secret = newTotpSecret();
    const sealed = cipher.seal(secret, totpAad(userId));
    await prisma.user.update({
      where: { id: userId },
      data: { totpSecretIv: sealed.iv, totpSecretAuthTag: sealed.authTag, totpSecretCiphertext: sealed.ciphertext, totpLastStep: null },
    });
    return success({ secret, otpauthUri: totpUri(secret, user.email) });
  }

  /** Step 2: a code from the app proves the secret was saved; returns recovery codes, once. */
  async confirmTotp(userId: string, code: string, meta: RequestMeta): Promise<Outcome<string[]>> {
    const { prisma, now, codes } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    if (user.totpEnabledAt) return problem('TOTP_ALREADY_ENABLED', null);
    const secret = this.openTotpSecret(user);
    if (!secret) return problem('TOTP_NOT_STARTED', null);
    if (await codes.accountLimitReached(userId, 'MFA')) return problem('MFA_TOO_MANY_ATTEMPTS');
    const at = now();
    const step = await acceptedTotpStep(secret, code.trim(), at, null);
    if (step === null) {
      await codes.recordFailure(userId, 'MFA');
      return problem('MFA_CODE_INVALID');
    }
    return success(await this.activate(userId, 'TOTP', { totpEnabledAt: at, totpLastStep: step }, meta));
  }

  /** SMS as a second factor: first a code to the account's phone proves it reaches the person. */
  async startSms(userId: string, locale: Locale): Promise<Outcome<true>> {
    const { prisma, codes } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true, smsMfaEnabledAt: true } });
    if (user.smsMfaEnabledAt) return problem('SMS_MFA_ALREADY_ENABLED', null);
    const code = await prisma.$transaction((tx) => codes.issue(tx, userId, 'SMS_ENROLLMENT'));
    await this.sendCode(user.phone, 'SMS', 'SMS_ENROLLMENT', code, locale);
    return success(true);
  }

  async confirmSms(userId: string, code: string, meta: RequestMeta): Promise<Outcome<string[]>> {
    const { prisma, now, codes } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { smsMfaEnabledAt: true } });
    if (user.smsMfaEnabledAt) return problem('SMS_MFA_ALREADY_ENABLED', null);
    const checked = await codes.check(userId, 'SMS_ENROLLMENT', code);
    if (checked !== 'OK') return problem(checked === 'EXPIRED' ? 'MFA_CODE_EXPIRED' : checked === 'TOO_MANY_ATTEMPTS' ? 'MFA_TOO_MANY_ATTEMPTS' : 'MFA_CODE_INVALID');
    return success(await this.activate(userId, 'SMS', { smsMfaEnabledAt: now() }, meta));
  }

  /** Turns every second factor off; the password is asked again, since a stolen session must not do it. */
  async disable(userId: string, password: string, meta: RequestMeta): Promise<Outcome<true>> {
    const { prisma, passwords, events } = this.deps;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpEnabledAt: true, smsMfaEnabledAt: true } });
    if (!MfaService.enabled(user)) return problem('MFA_NOT_ENABLED', null);
    if (!(await passwords.verify(user.passwordHash, password))) return problem('INVALID_CREDENTIALS', 'password');
    await prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: { totpEnabledAt: null, totpSecretIv: null, totpSecretAuthTag: null, totpSecretCiphertext: null, totpLastStep: null, smsMfaEnabledAt: null },
      });
      await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
      await tx.trustedDevice.deleteMany({ where: { userId } });
      await events.append(tx, securityMfaDisabled, {
        userId,
        actorId: userId,
        subject: { type: 'User', id: userId },
        details: { methods: [...(user.totpEnabledAt ? (['TOTP'] as const) : []), ...(user.smsMfaEnabledAt ? (['SMS'] as const) : [])] },
        meta,
      });
    });
    return success(true);
  }

  /** Turns a method on; the first method also brings recovery codes (shown once, kept as HMAC). */
  private async activate(
    userId: string,
    method: 'TOTP' | 'SMS',
    data: { totpEnabledAt?: Date; totpLastStep?: number; smsMfaEnabledAt?: Date },
    meta: RequestMeta,
  ): Promise<string[]> {
    const { prisma, now, hasher, events } = this.deps;
    const at = now();
    return prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data });
      const existing = await tx.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
      const fresh = existing > 0 ? [] : Array.from({ length: RECOVERY_CODE_COUNT }, recoveryCode);
      if (fresh.length > 0) {
        await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
        await tx.mfaRecoveryCode.createMany({
          data: fresh.map((code) => ({ userId, codeHash: hasher.hash('RECOVERY', normalizeTypedCode(code)), createdAt: at })),
        });
      }
      await events.append(tx, securityMfaEnabled, {
        userId,
        actorId: userId,
        subject: { type: 'User', id: userId },
        details: { method, recoveryCodesIssued: fresh.length },
        meta,
      });
      return fresh;
    });
  }

  private async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const { prisma, hasher, now } = this.deps;
    const claimed = await prisma.mfaRecoveryCode.updateMany({
      where: { userId, codeHash: hasher.hash('RECOVERY', normalizeTypedCode(code)), usedAt: null },
      data: { usedAt: now() },
    });
    return claimed.count === 1;
  }

  private openTotpSecret(user: { id: string; totpSecretIv: Uint8Array | null; totpSecretAuthTag: Uint8Array | null; totpSecretCiphertext: Uint8Array | null }): string | null {
    if (!user.totpSecretIv || !user.totpSecretAuthTag || !user.totpSecretCiphertext) return null;
    return this.deps.cipher.open<string>(
      {
        iv: user.totpSecretIv as Uint8Array<ArrayBuffer>,
        authTag: user.totpSecretAuthTag as Uint8Array<ArrayBuffer>,
        ciphertext: user.totpSecretCiphertext as Uint8Array<ArrayBuffer>,
      },
      totpAad(user.id),
    );
  }

  private deviceHash(deviceId: string): string {
    return this.deps.hasher.hash('DEVICE', deviceId);
  }

  private async sendCode(to: string, channel: 'SMS' | 'EMAIL', purpose: 'MFA_SMS' | 'SMS_ENROLLMENT', code: string, locale: Locale) {
    await this.deps.sender.send({ channel, to, purpose, text: codeMessageText(purpose, code, CODE_TTL_MS[purpose], locale) });
  }
}
