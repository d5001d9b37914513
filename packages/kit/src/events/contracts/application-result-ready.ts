import { newOutboxEvent } from '../outbox';

/**
 * An application was completed and its result document is due: the facts the documents subgraph
 * prints on the signed PDF. Separate from `application.status_changed` (which webhooks carry to
 * organisations) because it names the applicant: it stays on the internal feed, no webhook type.
 */
export const APPLICATION_RESULT_READY_EVENT = 'application.result_ready';

export interface ApplicationResultReadyPayload {
  applicationId: string;
  number: string;
  applicantId: string;
  /** As the application was filed, e.g. «Иванов Иван Иванович». */
  applicantName: string;
  serviceId: string;
  serviceTitle: string;
  departmentId: string;
  departmentName: string;
  /** The department's decision, as the employee wrote it on completion. */
  decision: string;
  completedAt: string;
  /** Filed by a sandbox (test) citizen. */
  sandbox: boolean;
}

export function applicationResultReadyOutboxEvent(payload: ApplicationResultReadyPayload) {
  return newOutboxEvent({
    type: APPLICATION_RESULT_READY_EVENT,
    subject: { type: 'Application', id: payload.applicationId },
    audience: { userIds: [], departmentIds: [] },
    payload: { ...payload },
  });
}

/** The payload as read from a feed, or null when it does not have the contract's shape. */
export function readApplicationResultReady(payload: Record<string, unknown>): ApplicationResultReadyPayload | null {
  const texts = ['applicationId', 'number', 'applicantId', 'applicantName', 'serviceId', 'serviceTitle', 'departmentId', 'departmentName', 'decision', 'completedAt'] as const;
  for (const key of texts) if (typeof payload[key] !== 'string') return null;
  if (Number.isNaN(Date.parse(payload.completedAt as string))) return null;
  return { ...(payload as unknown as ApplicationResultReadyPayload), sandbox: payload.sandbox === true };
}
