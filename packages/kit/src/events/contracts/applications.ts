import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { Id, Instant, Nullable, Text } from './payload-types';

const PRODUCER = 'applications';

export const APPLICATION_STATUSES = ['SUBMITTED', 'REGISTERED', 'IN_PROGRESS', 'INFO_REQUESTED', 'COMPLETED', 'REJECTED', 'WITHDRAWN'] as const;
const ApplicationStatus = Type.Union(APPLICATION_STATUSES.map((status) => Type.Literal(status)));

/**
 * An application's status changed (its submission included: from null). Told live to the applicant
 * and the department; notifications, webhooks, payments (state fees) and the audit journal react.
 * Ids, statuses, the number and the comment only: never form data or documents.
 */
export const applicationStatusChanged = defineEvent({
  name: 'application.status_changed',
  producer: PRODUCER,
  description: 'An application moved from one status to another.',
  liveFields: ['applicationStatusChanged'],
  payload: Type.Object({
    applicationId: Id,
    number: Text,
    serviceId: Id,
    departmentId: Id,
    applicantId: Id,
    from: Nullable(ApplicationStatus),
    to: ApplicationStatus,
    at: Instant,
    comment: Nullable(Type.String()),
    /** Who changed it (null: not known) and in which capacity; the audit journal reads these. */
    actorId: Nullable(Id),
    actorRole: Nullable(Type.Union([Type.Literal('APPLICANT'), Type.Literal('EMPLOYEE'), Type.Literal('SYSTEM')])),
    /** The x-request-id of the request that changed it (null: not from a request, e.g. the seed). */
    requestId: Nullable(Type.String()),
    /** Filed by a sandbox (test) citizen: only TEST API keys' webhooks receive it. */
    sandbox: Type.Boolean(),
  }),
});

/**
 * An application was completed and its result document is due: the facts the documents subgraph
 * prints on the signed PDF. Separate from the status change (which webhooks carry to organisations)
 * because it names the applicant: no webhook type.
 */
export const applicationResultReady = defineEvent({
  name: 'application.result_ready',
  producer: PRODUCER,
  description: 'A completed application’s result document is due.',
  payload: Type.Object({
    applicationId: Id,
    number: Text,
    applicantId: Id,
    /** As the application was filed, e.g. «Иванов Иван Иванович». */
    applicantName: Text,
    serviceId: Id,
    serviceTitle: Text,
    departmentId: Id,
    departmentName: Text,
    /** The department's decision, as the employee wrote it on completion. */
    decision: Text,
    completedAt: Instant,
    sandbox: Type.Boolean(),
  }),
});

/**
 * A subgraph took a person's uploaded documents into one of its records (an application, a fine
 * appeal, a kindergarten benefit), in the record's transaction: the documents subgraph links them,
 * so the department's employees may read them and they are no longer swept as unattached uploads.
 * Declared once, produced by several subgraphs: see `documentsAttachedBy`.
 */
export const documentsAttachedPayload = Type.Object({
  documentIds: Type.Array(Id, { minItems: 1 }),
  /** Whose documents they are (the applicant); the documents subgraph re-checks ownership. */
  ownerId: Id,
  /** The record they are attached to, e.g. Application and its id. */
  attachedToType: Text,
  attachedToId: Id,
  /** The department whose employees may read them. */
  departmentId: Id,
  requestId: Nullable(Type.String()),
});

export const documentsAttachedBy = (producer: string) =>
  defineEvent({ name: 'documents.attached', producer, description: 'Uploaded documents became part of a record.', payload: documentsAttachedPayload });

export const applicationDocumentsAttached = documentsAttachedBy(PRODUCER);
