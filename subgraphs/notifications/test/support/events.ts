import type { FeedEvent } from '@eco/kit';
import { randomUUID } from 'node:crypto';

export const CITIZEN = '00000000-0000-4000-8000-000000000001';
export const CITIZEN2 = '00000000-0000-4000-8000-000000000002';
export const ADMIN = '00000000-0000-4000-8000-000000000005';
export const ORG_REP = '00000000-0000-4000-8000-0000000000a1';
export const ORG_REP2 = '00000000-0000-4000-8000-0000000000a2';

let counter = 0;

export interface StatusChange {
  applicantId?: string;
  applicationId?: string;
  number?: string;
  from?: string | null;
  to: string;
  comment?: string | null;
  departmentId?: string;
  /** Filed by a sandbox (test) citizen. */
  sandbox?: boolean;
}

/** An `application.status_changed` event exactly as the applications subgraph writes it. */
export function statusChanged(change: StatusChange, seq = 0): FeedEvent {
  counter += 1;
  const applicationId = change.applicationId ?? randomUUID();
  const applicantId = change.applicantId ?? CITIZEN;
  const departmentId = change.departmentId ?? 'MVD';
  const at = new Date().toISOString();
  return {
    seq: String(seq),
    id: randomUUID(),
    type: 'application.status_changed',
    source: 'applications',
    occurredAt: at,
    subject: { type: 'Application', id: applicationId },
    audience: { userIds: [applicantId], departmentIds: [departmentId] },
    payload: {
      applicationId,
      number: change.number ?? `2026-${String(counter).padStart(6, '0')}`,
      serviceId: randomUUID(),
      departmentId,
      applicantId,
      from: change.from ?? null,
      to: change.to,
      at,
      comment: change.comment ?? null,
      sandbox: change.sandbox ?? false,
      liveFields: ['applicationStatusChanged'],
    },
  };
}
