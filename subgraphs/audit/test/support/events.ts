import type { FeedEvent } from '@eco/kit';
import { randomUUID } from 'node:crypto';

export const CITIZEN = '00000000-0000-4000-8000-000000000001';
export const EMPLOYEE = '00000000-0000-4000-8000-0000000000e1';
export const ADMIN = '00000000-0000-4000-8000-0000000000a1';

const base = (source: string, type: string, subject: { type: string; id: string }, payload: Record<string, unknown>, at: string): FeedEvent => ({
  seq: '0',
  id: randomUUID(),
  type,
  source,
  occurredAt: at,
  subject,
  audience: { userIds: [], departmentIds: [] },
  payload,
});

/** identity's security event, exactly as the contract says. */
export function securityEvent(
  action: string,
  options: { actorId?: string | null; subject?: { type: string; id: string }; requestId?: string | null; at?: string; details?: Record<string, unknown> } = {},
): FeedEvent {
  const subject = options.subject ?? { type: 'User', id: options.actorId ?? CITIZEN };
  const at = options.at ?? new Date().toISOString();
  return base('identity', `security.${action}`, subject, {
    actorId: options.actorId === undefined ? CITIZEN : options.actorId,
    subjectType: subject.type,
    subjectId: subject.id,
    requestId: options.requestId === undefined ? 'req-identity-0001' : options.requestId,
    at,
    details: options.details ?? {},
    liveFields: [],
  }, at);
}

/** applications' status change (applications/src/events/status-changed-event.ts). */
export function statusChanged(
  options: { applicationId?: string; from?: string | null; to?: string; actorId?: string | null; actorRole?: string | null; requestId?: string | null; comment?: string | null; at?: string; legacy?: boolean } = {},
): FeedEvent {
  const applicationId = options.applicationId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  const payload: Record<string, unknown> = {
    applicationId,
    number: '2026-000042',
    serviceId: randomUUID(),
    departmentId: 'MVD',
    applicantId: CITIZEN,
    from: options.from === undefined ? 'SUBMITTED' : options.from,
    to: options.to ?? 'REGISTERED',
    at,
    comment: options.comment ?? null,
    liveFields: ['applicationStatusChanged'],
  };
  if (!options.legacy) {
    payload.actorId = options.actorId === undefined ? EMPLOYEE : options.actorId;
    payload.actorRole = options.actorRole === undefined ? 'EMPLOYEE' : options.actorRole;
    payload.requestId = options.requestId === undefined ? 'req-applications-1' : options.requestId;
  }
  return base('applications', 'application.status_changed', { type: 'Application', id: applicationId }, payload, at);
}

export function paymentCaptured(options: { paymentId?: string; requestId?: string | null; at?: string; amountKopecks?: number } = {}): FeedEvent {
  const paymentId = options.paymentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return base('payments', 'payment.captured', { type: 'Payment', id: paymentId }, {
    paymentId,
    invoiceId: randomUUID(),
    source: 'FINE',
    sourceIds: [randomUUID()],
    payerId: CITIZEN,
    amountKopecks: options.amountKopecks ?? 25_000,
    capturedAt: at,
    actorId: CITIZEN,
    requestId: options.requestId === undefined ? 'req-payments-0001' : options.requestId,
    liveFields: [],
  }, at);
}

export function paymentRefunded(options: { paymentId?: string; at?: string } = {}): FeedEvent {
  const paymentId = options.paymentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return base('payments', 'payment.refunded', { type: 'Payment', id: paymentId }, {
    refundId: randomUUID(),
    paymentId,
    invoiceId: randomUUID(),
    amountKopecks: 10_000,
    actorId: ADMIN,
    requestId: 'req-refund-00001',
    at,
    liveFields: [],
  }, at);
}

/** documents' read of an upload by someone other than its owner (documents/src/events/document-events.ts). */
export function documentRead(options: { documentId?: string; actorId?: string; actorRole?: string; via?: string; requestId?: string | null; at?: string } = {}): FeedEvent {
  const documentId = options.documentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return base('documents', 'document.read', { type: 'Document', id: documentId }, {
    documentId,
    ownerId: CITIZEN,
    actorId: options.actorId ?? EMPLOYEE,
    actorRole: options.actorRole ?? 'EMPLOYEE',
    departmentId: 'MVD',
    attachedToType: 'Application',
    attachedToId: '00000000-0000-4000-8000-0000000000b1',
    via: options.via ?? 'TOKEN',
    requestId: options.requestId === undefined ? 'req-documents-001' : options.requestId,
    at,
    liveFields: [],
  }, at);
}
