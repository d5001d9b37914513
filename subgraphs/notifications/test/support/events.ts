import { applicationStatusChanged, type EventContract, type FeedEvent, type PayloadOf } from '@eco/kit';
import { randomUUID } from 'node:crypto';

export const CITIZEN = '00000000-0000-4000-8000-000000000001';
export const CITIZEN2 = '00000000-0000-4000-8000-000000000002';
export const ADMIN = '00000000-0000-4000-8000-000000000005';
export const ORG_REP = '00000000-0000-4000-8000-0000000000a1';
export const ORG_REP2 = '00000000-0000-4000-8000-0000000000a2';

let counter = 0;

/**
 * An event of `contract` as its producer's outbox writes it. The payload must fit the contract
 * (as Outbox.append demands), so a fixture cannot drift from what producers really send.
 */
export function eventOf<C extends EventContract>(
  contract: C,
  payload: PayloadOf<C>,
  options: { subject: { type: string; id: string }; audience?: FeedEvent['audience']; occurredAt?: string },
): FeedEvent {
  if (!contract.is(payload)) throw new Error(`test fixture does not fit ${contract.name}: ${contract.problems(payload).join('; ')}`);
  return {
    seq: '0',
    id: randomUUID(),
    type: contract.name,
    version: contract.version,
    source: contract.producer,
    occurredAt: options.occurredAt ?? new Date().toISOString(),
    subject: options.subject,
    audience: {
      userIds: [],
      departmentIds: [],
      ...options.audience,
      ...(contract.liveFields.length ? { liveFields: [...contract.liveFields] } : {}),
    },
    payload: payload as Record<string, unknown>,
  };
}

export interface StatusChange {
  applicantId?: string;
  applicationId?: string;
  number?: string;
  from?: PayloadOf<typeof applicationStatusChanged>['from'];
  to: PayloadOf<typeof applicationStatusChanged>['to'];
  comment?: string | null;
  departmentId?: string;
  /** Filed by a sandbox (test) citizen. */
  sandbox?: boolean;
}

/** An `application.status_changed` event exactly as the applications subgraph writes it. */
export function statusChanged(change: StatusChange): FeedEvent {
  counter += 1;
  const applicationId = change.applicationId ?? randomUUID();
  const applicantId = change.applicantId ?? CITIZEN;
  const departmentId = change.departmentId ?? 'MVD';
  const at = new Date().toISOString();
  return eventOf(
    applicationStatusChanged,
    {
      applicationId,
      number: change.number ?? `2026-${String(counter).padStart(6, '0')}`,
      serviceId: randomUUID(),
      departmentId,
      applicantId,
      from: change.from ?? null,
      to: change.to,
      at,
      comment: change.comment ?? null,
      actorId: applicantId,
      actorRole: 'APPLICANT',
      requestId: null,
      sandbox: change.sandbox ?? false,
    },
    { subject: { type: 'Application', id: applicationId }, audience: { userIds: [applicantId], departmentIds: [departmentId] }, occurredAt: at },
  );
}
