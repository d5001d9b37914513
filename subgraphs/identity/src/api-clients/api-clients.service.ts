import { randomUUID } from 'node:crypto';
import { keysetOrder, LocalRevocations, securityApiClientRevoked, type ApiKeyType, type PageWindow, type RevocationRegistry } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { failure, identityProblem, success, type IdentityProblem, type Outcome } from '../problems';
import { API_SCOPES, isApiScope, LIVE_ONLY_SCOPES, ORGANIZATION_ROLES, ORGANIZATION_SCOPES, type ApiScope } from './api-scopes';
import { hashClientSecret, newClientId, newClientSecret, secretMatches } from './client-secret';
import type { ClientTokenIssuer, IssuedClientToken } from './client-token-issuer';
import { NO_REQUEST, type RequestMeta } from '../security/request-meta';
import type { SecurityEvents } from '../security/security-events';

export const MAX_NAME_LENGTH = 100;
/** Active (not revoked) applications one developer may hold. */
export const MAX_ACTIVE_CLIENTS_PER_OWNER = 10;

/** An API client as the service hands it out: never the secret, never its hash. */
export interface ApiClientRecord {
  id: string;
  clientId: string;
  ownerId: string;
  name: string;
  scopes: string[];
  keyType: ApiKeyType;
  createdAt: Date;
  secretRotatedAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiClientWithSecret {
  apiClient: ApiClientRecord;
  /** Shown once: only its hash is kept. */
  clientSecret: string;
}

export interface RegisterApiClientFields {
  name: string;
  scopes: string[];
  keyType: ApiKeyType;
}

/** Who acts on an application: its owner, or an administrator (who may list and revoke any). */
export interface ApiClientActor {
  userId: string;
  isAdmin: boolean;
}

/** RFC 6749 §5.2 error codes the token endpoint answers with. */
export type TokenExchangeError = 'invalid_client' | 'invalid_scope';
export type TokenExchange =
  | { ok: true; token: IssuedClientToken; scopes: string[] }
  | { ok: false; error: TokenExchangeError; description: string };

const RECORD_SELECT = {
  id: true,
  clientId: true,
  ownerId: true,
  name: true,
  scopes: true,
  keyType: true,
  createdAt: true,
  secretRotatedAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const notFound = <T>() => failure<T>([identityProblem('apiClientId', 'API_CLIENT_NOT_FOUND')]);
/** Verifiers' clocks may lag identity's: a revocation outlives the last token's expiry by this much. */
export const REVOCATION_CLOCK_SLACK_SECONDS = 60;

export interface ApiClientRevocationDeps {
  /** Records `security.api_client_revoked` in the revocation's transaction (notifications disables webhooks on it). */
  events?: SecurityEvents;
  /** Tells every token verifier at once (Redis, or identity's revocation feed). */
  revocations?: RevocationRegistry;
  /** The longest an already-issued client token lives. */
  tokenTtlSeconds: number;
}

/** Hashed when the client id is unknown, so a miss takes as long as a wrong secret. */
const DUMMY_HASH = hashClientSecret('eco_live_dummy');

/** Newest first. */
export const API_CLIENTS_ORDER = keysetOrder('api-clients', [['createdAt', 'desc'], ['id', 'asc']]);

/**
 * Third-party applications (OAuth 2.0 client credentials): registration with a secret shown
 * once, rotation (the old secret stops working at once), revocation, and the token exchange.
 */
export class ApiClientsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly tokens: ClientTokenIssuer,
    private readonly now: () => Date,
    private readonly revocation: ApiClientRevocationDeps = { tokenTtlSeconds: 15 * 60, revocations: new LocalRevocations() },
  ) {}

  /** Every problem with the input at once; nothing is stored when there is any. */
  async register(ownerId: string, fields: RegisterApiClientFields): Promise<Outcome<ApiClientWithSecret>> {
    const problems = this.validate(fields);
    const owner = await this.prisma.user.findUnique({ where: { id: ownerId }, select: { emailConfirmedAt: true, roles: true } });
    if (fields.keyType === 'LIVE' && !owner?.emailConfirmedAt) problems.push(identityProblem('keyType', 'LIVE_KEY_REQUIRES_CONFIRMED_EMAIL'));
    // Live webhooks receive every live event of their types (all applicants'): organizations only, as in
    // notifications. A TEST key's webhooks get sandbox events only, so any signed-in person may have one.
    const organization = owner?.roles.some((role) => ORGANIZATION_ROLES.includes(role)) ?? false;
    if (fields.keyType === 'LIVE' && fields.scopes.some((scope) => ORGANIZATION_SCOPES.includes(scope as ApiScope)) && !organization) {
      problems.push(identityProblem('scopes', 'SCOPE_REQUIRES_ORGANIZATION'));
    }
    if (problems.length > 0) return failure(problems);
    const active = await this.prisma.apiClient.count({ where: { ownerId, revokedAt: null } });
    if (active >= MAX_ACTIVE_CLIENTS_PER_OWNER) return failure([identityProblem(null, 'API_CLIENT_LIMIT_REACHED')]);

    const clientSecret = newClientSecret(fields.keyType);
    const apiClient = await this.prisma.apiClient.create({
      data: {
        id: randomUUID(),
        clientId: newClientId(),
        ownerId,
        name: fields.name.trim(),
        scopes: [...new Set(fields.scopes)],
        keyType: fields.keyType,
        secretHash: hashClientSecret(clientSecret),
        createdAt: this.now(),
      },
      select: RECORD_SELECT,
    });
    return success({ apiClient, clientSecret });
  }

  /** The developer's own applications, newest first (revoked ones too, marked so). */
  listOwn(ownerId: string): Promise<ApiClientRecord[]> {
    return this.prisma.apiClient.findMany({ where: { ownerId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: RECORD_SELECT });
  }

  /** Every application (administrators), newest first. */
  async listAll(window: PageWindow): Promise<{ nodes: ApiClientRecord[]; totalCount: number }> {
    const [nodes, totalCount] = await Promise.all([
      this.prisma.apiClient.findMany({ where: window.order.after(window.after), orderBy: window.order.orderBy, take: window.take, select: RECORD_SELECT }),
      this.prisma.apiClient.count(),
    ]);
    return { nodes, totalCount };
  }

  /** A new secret, shown once; the old one stops working at once. The owner only (not even an admin). */
  async rotateSecret(ownerId: string, apiClientId: string): Promise<Outcome<ApiClientWithSecret>> {
    const client = await this.findOwned(apiClientId, { userId: ownerId, isAdmin: false });
    if (!client) return notFound();
    if (client.revokedAt) return failure([identityProblem('apiClientId', 'API_CLIENT_REVOKED')]);
    const clientSecret = newClientSecret(client.keyType);
    // Conditional on still being active, so a revocation racing the rotation wins.
    const { count } = await this.prisma.apiClient.updateMany({
      where: { id: client.id, revokedAt: null },
      data: { secretHash: hashClientSecret(clientSecret), secretRotatedAt: this.now() },
    });
    if (count !== 1) return failure([identityProblem('apiClientId', 'API_CLIENT_REVOKED')]);
    const apiClient = await this.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id }, select: RECORD_SELECT });
    return success({ apiClient, clientSecret });
  }

  /**
   * Revokes for good: the secret is refused from now on, and tokens already issued are refused
   * by every verifier within milliseconds (the revocation list). Idempotent; the owner or an
   * administrator. Revoking again announces it again (repairs an announcement that failed).
   */
  async revoke(actor: ApiClientActor, apiClientId: string, meta: RequestMeta = NO_REQUEST): Promise<Outcome<ApiClientRecord>> {
    const client = await this.findOwned(apiClientId, actor);
    if (!client) return notFound();
    if (!client.revokedAt) {
      await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.apiClient.updateMany({ where: { id: client.id, revokedAt: null }, data: { revokedAt: this.now() } });
        if (count === 1) {
          await this.revocation.events?.append(tx, securityApiClientRevoked, {
            userId: client.ownerId,
            actorId: actor.userId,
            subject: { type: 'ApiClient', id: client.id },
            details: { clientId: client.clientId, keyType: client.keyType },
            meta,
          });
        }
      });
    }
    const revoked = await this.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id }, select: RECORD_SELECT });
    await this.announceRevocation(revoked);
    return success(revoked);
  }

  /** At start: clients revoked within a token lifetime go on the list again (it may be empty or stale). */
  async announceRecentRevocations(): Promise<number> {
    const since = new Date(this.now().getTime() - this.revocationWindowMs());
    const recent = await this.prisma.apiClient.findMany({ where: { revokedAt: { gte: since } }, select: RECORD_SELECT });
    for (const client of recent) await this.announceRevocation(client);
    return recent.length;
  }

  private async announceRevocation(client: ApiClientRecord): Promise<void> {
    if (!client.revokedAt) return;
    const remainingMs = client.revokedAt.getTime() + this.revocationWindowMs() - this.now().getTime();
    if (remainingMs > 0) await this.revocation.revocations?.revoke(client.id, Math.ceil(remainingMs / 1000));
  }

  private revocationWindowMs(): number {
    return (this.revocation.tokenTtlSeconds + REVOCATION_CLOCK_SLACK_SECONDS) * 1000;
  }

  /**
   * OAuth 2.0 client credentials (RFC 6749 §4.4): the right secret of an active client gets an
   * access token with the requested scopes (all granted ones when none are asked for).
   */
  async exchange(clientId: string, clientSecret: string, requestedScope: string | undefined): Promise<TokenExchange> {
    const row = clientId ? await this.prisma.apiClient.findUnique({ where: { clientId }, select: { ...RECORD_SELECT, secretHash: true } }) : null;
    const matches = secretMatches(clientSecret, row?.secretHash ?? DUMMY_HASH);
    if (!row || !matches || row.revokedAt) {
      return { ok: false, error: 'invalid_client', description: 'Unknown client, wrong secret, or a revoked client' };
    }
    const { secretHash: _hash, ...client } = row;
    let scopes = client.scopes;
    if (requestedScope !== undefined) {
      const requested = [...new Set(requestedScope.split(' ').filter(Boolean))];
      const notGranted = requested.filter((scope) => !client.scopes.includes(scope));
      if (requested.length === 0 || notGranted.length > 0) {
        return { ok: false, error: 'invalid_scope', description: notGranted.length ? `Not granted to this client: ${notGranted.join(' ')}` : 'Empty scope' };
      }
      scopes = requested;
    }
    await this.prisma.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: this.now() } });
    return { ok: true, token: this.tokens.issue(client, scopes), scopes };
  }

  /** The application if the actor may act on it; anyone else's is "not found" (its existence is not revealed). */
  private async findOwned(apiClientId: string, actor: ApiClientActor): Promise<ApiClientRecord | null> {
    if (!UUID.test(apiClientId)) return null;
    const client = await this.prisma.apiClient.findUnique({ where: { id: apiClientId }, select: RECORD_SELECT });
    if (!client) return null;
    return client.ownerId === actor.userId || actor.isAdmin ? client : null;
  }

  private validate(fields: RegisterApiClientFields): IdentityProblem[] {
    const problems: IdentityProblem[] = [];
    const name = fields.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) problems.push(identityProblem('name', 'API_CLIENT_NAME_INVALID'));
    if (fields.scopes.length === 0) problems.push(identityProblem('scopes', 'API_SCOPES_REQUIRED'));
    if (fields.scopes.some((scope) => !isApiScope(scope))) problems.push(identityProblem('scopes', 'UNKNOWN_API_SCOPE'));
    if (fields.keyType === 'TEST' && fields.scopes.some((scope) => LIVE_ONLY_SCOPES.includes(scope as ApiScope))) {
      problems.push(identityProblem('scopes', 'SCOPE_REQUIRES_LIVE_KEY'));
    }
    return problems;
  }
}

export const KNOWN_SCOPES = Object.keys(API_SCOPES);
