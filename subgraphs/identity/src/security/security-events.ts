import { lockOutboxForAppend, newOutboxEvent, type JsonObject, type SqlSchema } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { TransactionClient } from '../generated/prisma/internal/prismaNamespace';
import type { RequestMeta } from './request-meta';

/** The audit journal's contract: `security.<action>`; do not rename without the audit subgraph. */
export const SECURITY_ACTIONS = [
  'login_succeeded',
  'login_failed',
  'mfa_challenge_issued',
  'mfa_verified',
  'mfa_failed',
  'mfa_enabled',
  'mfa_disabled',
  'email_confirmed',
  'password_reset_requested',
  'password_reset',
  'session_revoked',
  'document_added',
  'document_viewed',
  'document_changed',
  'document_removed',
  'child_added',
  'child_removed',
  'applicant_contact_read',
  // notifications follows this one too: it disables the client's webhooks and cancels its deliveries.
  'api_client_revoked',
] as const;
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];
export type SecuritySubjectType = 'User' | 'Document' | 'Session' | 'Child' | 'ApiClient';

/** A login that names no account still gets a subject, so the journal can count such attempts. */
export const UNKNOWN_SUBJECT_ID = 'unknown';

export interface SecurityEvent {
  action: SecurityAction;
  /** Whose account it concerns (the audience); null only for a login of an unknown account. */
  userId: string | null;
  /** Who did it: the user, or null when nobody is signed in yet (failed login). */
  actorId: string | null;
  /** Said only when the actor is staff; the journal takes any other known actor for the user. */
  actorType?: 'EMPLOYEE';
  subject: { type: SecuritySubjectType; id: string };
  /**
   * Ids, methods, reasons, masked IP — never personal data (no email, phone, code, document
   * number, password): the journal is read by people who must not learn those.
   */
  details?: JsonObject;
  meta: RequestMeta;
}

export type Tx = TransactionClient;

/** Writes security events to identity's outbox, served on /events for the audit subgraph. */
export class SecurityEvents {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlSchema,
    private readonly now: () => Date,
  ) {}

  /** Inside the transaction of the change the event describes. */
  async append(tx: Tx, ...events: SecurityEvent[]): Promise<void> {
    if (events.length === 0) return;
    // Seq order must equal commit order, or a feed reader could skip a row (see the kit).
    await lockOutboxForAppend(tx, this.sql);
    const at = this.now();
    await tx.outboxEvent.createMany({ data: events.map((event) => ({ ...this.row(event, at), occurredAt: at })) });
  }

  /** For facts that change nothing else (a failed guess, a document read). */
  record(...events: SecurityEvent[]): Promise<void> {
    return this.prisma.$transaction((tx) => this.append(tx, ...events));
  }

  private row(event: SecurityEvent, at: Date) {
    return newOutboxEvent({
      type: `security.${event.action}`,
      subject: event.subject,
      audience: { userIds: event.userId ? [event.userId] : [], departmentIds: [] },
      payload: {
        actorId: event.actorId,
        ...(event.actorType ? { actorType: event.actorType } : {}),
        subjectType: event.subject.type,
        subjectId: event.subject.id,
        requestId: event.meta.requestId,
        at: at.toISOString(),
        details: { ...(event.meta.ipMasked ? { ipMasked: event.meta.ipMasked } : {}), ...(event.details ?? {}) },
        liveFields: [],
      },
    });
  }
}
