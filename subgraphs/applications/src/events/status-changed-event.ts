import { LIVE_FIELDS, newOutboxEvent } from '@eco/kit';
import type { ActorRole, ApplicationStatus } from '../shared/enums';

export const APPLICATIONS_SOURCE = 'applications';
export const STATUS_CHANGED_EVENT = 'application.status_changed';
/** The subscription field the gateway feeds with these events. */
export const STATUS_CHANGED_LIVE_FIELD = 'applicationStatusChanged';
export const APPLICATION_SUBJECT = 'Application';

/** Ids, statuses, the number and the comment only: never form data or documents. */
export interface StatusChangedPayload {
  applicationId: string;
  number: string;
  serviceId: string;
  departmentId: string;
  applicantId: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: string;
  comment: string | null;
  /** Who changed it (null: not known) and in which capacity; the audit journal reads these. */
  actorId: string | null;
  actorRole: ActorRole | null;
  /** The x-request-id of the request that changed it (null: not from a request, e.g. the seed). */
  requestId: string | null;
  /** Filed by a sandbox (test) citizen: only TEST API keys' webhooks receive it. */
  sandbox: boolean;
  liveFields: string[];
}

export interface StatusChangeFacts {
  application: { id: string; number: string; serviceId: string; departmentId: string; applicantId: string; sandbox: boolean };
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  at: Date;
  comment: string | null;
  actorId?: string | null;
  actorRole?: ActorRole | null;
  requestId?: string | null;
}

/** The outbox row of one status change, told to the applicant and the department. */
export function statusChangedOutboxEvent(facts: StatusChangeFacts) {
  const { application } = facts;
  const payload: StatusChangedPayload = {
    applicationId: application.id,
    number: application.number,
    serviceId: application.serviceId,
    departmentId: application.departmentId,
    applicantId: application.applicantId,
    from: facts.from,
    to: facts.to,
    at: facts.at.toISOString(),
    comment: facts.comment,
    actorId: facts.actorId ?? null,
    actorRole: facts.actorRole ?? null,
    requestId: facts.requestId ?? null,
    sandbox: application.sandbox,
    [LIVE_FIELDS]: [STATUS_CHANGED_LIVE_FIELD],
  };
  return newOutboxEvent({
    type: STATUS_CHANGED_EVENT,
    subject: { type: APPLICATION_SUBJECT, id: application.id },
    audience: { userIds: [application.applicantId], departmentIds: [application.departmentId] },
    payload: { ...payload },
  });
}
