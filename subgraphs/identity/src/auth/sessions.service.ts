import { securitySessionRevoked } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { failure, identityProblem, success, type Outcome } from '../problems';
import { NO_REQUEST, type RequestMeta } from '../security/request-meta';
import type { SecurityEvent, SecurityEvents, Tx } from '../security/security-events';
import { hashRefreshToken, newRefreshToken, refreshTokenExpiry } from './refresh-token';

export interface IssuedRefreshToken {
  sessionId: string;
  userId: string;
  refreshToken: string;
  expiresAt: Date;
}

export type RevokeReason = 'LOGOUT' | 'REUSE' | 'REVOKED_BY_USER' | 'PASSWORD_RESET';

/** A live session as "my sessions" lists it. */
export interface SessionRecord {
  id: string;
  userId: string;
  deviceLabel: string | null;
  ipMasked: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
}

const SESSION_SELECT = { id: true, userId: true, deviceLabel: true, ipMasked: true, createdAt: true, lastUsedAt: true } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    private readonly events: SecurityEvents,
  ) {}

  /** A new family, labelled with the device and masked address it was opened from. */
  async start(userId: string, meta: RequestMeta = NO_REQUEST, tx: Tx | PrismaClient = this.prisma): Promise<IssuedRefreshToken> {
    const now = this.now();
    const refreshToken = newRefreshToken();
    const expiresAt = refreshTokenExpiry(now);
    const session = await tx.session.create({
      data: {
        userId,
        createdAt: now,
        deviceLabel: meta.deviceLabel,
        ipMasked: meta.ipMasked,
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
      await tx.session.update({ where: { id: current.sessionId }, data: { lastUsedAt: now } });
      return true;
    });
    if (!rotated) {
      await this.revokeFamily(current.sessionId, 'REUSE');
      return reused();
    }
    return success({ sessionId: current.sessionId, userId: current.session.userId, refreshToken: next, expiresAt });
  }

  /** Ends the session the token belongs to, if it is the caller's; ending it twice is fine. */
  async revoke(refreshToken: string, userId: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<true>> {
    const token = await this.prisma.refreshToken.findUnique({
      where: { tokenHash: hashRefreshToken(refreshToken) },
      select: { sessionId: true, session: { select: { userId: true } } },
    });
    if (!token || token.session.userId !== userId) return invalid();
    await this.revokeFamily(token.sessionId, 'LOGOUT', meta, userId);
    return success(true);
  }

  /** The user's live sessions, newest first: not revoked and holding an unexpired, unused token. */
  async listActive(userId: string): Promise<SessionRecord[]> {
    return this.prisma.session.findMany({
      where: {
        userId,
        revokedAt: null,
        tokens: { some: { revokedAt: null, rotatedAt: null, expiresAt: { gt: this.now() } } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      select: SESSION_SELECT,
    });
  }

  /** One of the caller's own sessions; anyone else's (or a revoked one) is "not found". */
  async revokeById(userId: string, sessionId: string, meta: RequestMeta): Promise<Outcome<string>> {
    const notFound = failure<string>([identityProblem('sessionId', 'SESSION_NOT_FOUND')]);
    if (!UUID.test(sessionId)) return notFound;
    const revoked = await this.prisma.$transaction((tx) => this.revokeWhere(tx, { id: sessionId, userId }, 'REVOKED_BY_USER', meta, userId));
    return revoked.length === 1 ? success(sessionId) : notFound;
  }

  /** Every session of the user but `keepSessionId` (the one the caller is using). */
  async revokeOthers(userId: string, keepSessionId: string | null, meta: RequestMeta): Promise<string[]> {
    return this.prisma.$transaction((tx) =>
      this.revokeWhere(tx, { userId, ...(keepSessionId ? { NOT: { id: keepSessionId } } : {}) }, 'REVOKED_BY_USER', meta, userId),
    );
  }

  /** Every session of the user, inside the caller's transaction (password reset). */
  revokeAllInTx(tx: Tx, userId: string, reason: RevokeReason, meta: RequestMeta): Promise<string[]> {
    return this.revokeWhere(tx, { userId }, reason, meta, userId);
  }

  private async revokeFamily(sessionId: string, reason: RevokeReason, meta: RequestMeta = NO_REQUEST, actorId: string | null = null): Promise<void> {
    await this.prisma.$transaction((tx) => this.revokeWhere(tx, { id: sessionId }, reason, meta, actorId));
  }

  /** Revokes the matching live sessions and their tokens, one session_revoked event each. */
  private async revokeWhere(
    tx: Tx,
    where: { id?: string; userId?: string; NOT?: { id: string } },
    reason: RevokeReason,
    meta: RequestMeta,
    actorId: string | null,
  ): Promise<string[]> {
    const now = this.now();
    const sessions = await tx.session.findMany({ where: { ...where, revokedAt: null }, select: { id: true, userId: true } });
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    await tx.session.updateMany({ where: { id: { in: ids }, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
    await tx.refreshToken.updateMany({ where: { sessionId: { in: ids }, revokedAt: null }, data: { revokedAt: now } });
    const events: SecurityEvent<typeof securitySessionRevoked>[] = sessions.map((session) => ({
      userId: session.userId,
      actorId,
      subject: { type: 'Session', id: session.id },
      details: { reason },
      meta,
    }));
    await this.events.append(tx, securitySessionRevoked, ...events);
    return ids;
  }
}
