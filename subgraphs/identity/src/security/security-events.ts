import type { EventContract, Outbox, PayloadOf, SecurityEventContract } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import type { TransactionClient } from '../generated/prisma/internal/prismaNamespace';
import type { RequestMeta } from './request-meta';

/** A login that names no account still gets a subject, so the journal can count such attempts. */
export const UNKNOWN_SUBJECT_ID = 'unknown';

type DetailsOf<C extends SecurityEventContract> = Omit<PayloadOf<C>['details'], 'ipMasked'>;

/** One security fact, as the services tell it; its contract (kit: contracts/identity.ts) says the rest. */
export type SecurityEvent<C extends SecurityEventContract> = {
  /** Whose account it concerns (the audience); null only for a login of an unknown account. */
  userId: string | null;
  /** Who did it: the user, or null when nobody is signed in yet (failed login). */
  actorId: string | null;
  subject: { type: PayloadOf<C>['subjectType']; id: string };
  meta: RequestMeta;
} & (PayloadOf<C> extends { actorType: infer A } ? { actorType: A } : unknown) &
  // Events whose details hold more than the masked IP must say them.
  ({} extends DetailsOf<C> ? { details?: DetailsOf<C> } : { details: DetailsOf<C> });

export type Tx = TransactionClient;

/** Appends identity's security events to its outbox, served on /events for the audit subgraph. */
export class SecurityEvents {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly now: () => Date,
  ) {}

  /** Inside the transaction of the change the events describe (as its last writes). */
  async append<C extends SecurityEventContract>(tx: Tx, contract: C, ...events: SecurityEvent<C>[]): Promise<void> {
    const at = this.now();
    for (const event of events) {
      // The services' facts are typed by the contract (SecurityEvent<C>); the outbox checks the payload built from them.
      await this.outbox.append(tx, contract as EventContract, {
        subject: event.subject,
        audience: { userIds: event.userId ? [event.userId] : [] },
        payload: this.payload(event, at),
        at,
      });
    }
  }

  /** For facts that change nothing else (a failed guess, a document read). */
  async record<C extends SecurityEventContract>(contract: C, ...events: SecurityEvent<C>[]): Promise<void> {
    if (events.length === 0) return;
    await this.prisma.$transaction((tx) => this.append(tx, contract, ...events));
  }

  private payload(event: SecurityEvent<SecurityEventContract>, at: Date) {
    const { ipMasked } = event.meta;
    return {
      actorId: event.actorId,
      ...('actorType' in event ? { actorType: event.actorType } : {}),
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      requestId: event.meta.requestId,
      at: at.toISOString(),
      details: { ...(ipMasked ? { ipMasked } : {}), ...(event.details ?? {}) },
    };
  }
}
