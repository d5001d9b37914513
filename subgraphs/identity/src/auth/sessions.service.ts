import type { PrismaClient } from '../generated/prisma/client';
import { failure, identityProblem, success, type Outcome } from '../problems';
import { hashRefreshToken, newRefreshToken, refreshTokenExpiry } from './refresh-token';

export interface IssuedRefreshToken {
  sessionId: string;
  userId: string;
  refreshToken: string;
  expiresAt: Date;
}

export type RevokeReason = 'LOGOUT' | 'REUSE';

const invalid = <T>() => failure<T>([identityProblem('refreshToken', 'INVALID_REFRESH_TOKEN')]);
const reused = <T>() => failure<T>([identityProblem('refreshToken', 'REFRESH_TOKEN_REUSED')]);

/**
 * Refresh-token families (sessions). Each token is used once: using it yields the next one.
 * Using a token a second time means it was copied, and nobody can tell the thief from the
 * owner, so the whole family is revoked and both must sign in again (OAuth 2.0 BCP).
 */
export class SessionsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly now: () => Date,
  ) {}

  async start(userId: string): Promise<IssuedRefreshToken> {
    const now = this.now();
    const refreshToken = newRefreshToken();
    const expiresAt = refreshTokenExpiry(now);
    const session = await this.prisma.session.create({
      data: {
        userId,
        createdAt: now,
        tokens: { create: { tokenHash: hashRefreshToken(refreshToken), createdAt: now, expiresAt } },
      },
      select: { id: true },
    });
    return { sessionId: session.id, userId, refreshToken, expiresAt };
  }

  async rotate(refreshToken: string): Promise<Outcome<IssuedRefreshToken>> {
    const now = this.now();
    const current = await this.prisma.refreshToken.findUnique({
      where: { tokenHash: hashRefreshToken(refreshToken) },
      include: { session: { select: { userId: true, revokedAt: true } } },
    });
    if (!current || current.revokedAt || current.session.revokedAt) return invalid();
    if (current.rotatedAt) {
      await this.revokeFamily(current.sessionId, 'REUSE');
      return reused();
    }
    if (current.expiresAt <= now) return invalid();

    const next = newRefreshToken();
    const expiresAt = refreshTokenExpiry(now);
    const rotated = await this.prisma.$transaction(async (tx) => {
      // Claiming the token with a condition makes two simultaneous uses of it a reuse too.
      const claimed = await tx.refreshToken.updateMany({
        where: { id: current.id, rotatedAt: null, revokedAt: null },
        data: { rotatedAt: now },
      });
      if (claimed.count === 0) return false;
      await tx.refreshToken.create({
        data: { sessionId: current.sessionId, tokenHash: hashRefreshToken(next), createdAt: now, expiresAt },
      });
      return true;
    });
    if (!rotated) {
      await this.revokeFamily(current.sessionId, 'REUSE');
      return reused();
    }
    return success({ sessionId: current.sessionId, userId: current.session.userId, refreshToken: next, expiresAt });
  }

  /** Ends the session the token belongs to, if it is the caller's; ending it twice is fine. */
  async revoke(refreshToken: string, userId: string): Promise<Outcome<true>> {
    const token = await this.prisma.refreshToken.findUnique({
      where: { tokenHash: hashRefreshToken(refreshToken) },
      select: { sessionId: true, session: { select: { userId: true } } },
    });
    if (!token || token.session.userId !== userId) return invalid();
    await this.revokeFamily(token.sessionId, 'LOGOUT');
    return success(true);
  }

  private async revokeFamily(sessionId: string, reason: RevokeReason): Promise<void> {
    const now = this.now();
    await this.prisma.$transaction([
      this.prisma.session.updateMany({
        where: { id: sessionId, revokedAt: null },
        data: { revokedAt: now, revokedReason: reason },
      }),
      this.prisma.refreshToken.updateMany({ where: { sessionId, revokedAt: null }, data: { revokedAt: now } }),
    ]);
  }
}
