import {
  appointmentBooked,
  appointmentCancelled,
  appointmentReminder,
  appointmentRescheduled,
  applicationDocumentsAttached,
  applicationResultReady,
  applicationStatusChanged,
  documentIssued,
  documentQuarantined,
  documentRead as documentReadContract,
  documentRevoked,
  fineAppealDecided,
  fineAppealDocumentsAttached,
  fineAppealFiled,
  fineDiscountEnding,
  kindergartenApplicationDocumentsAttached,
  kindergartenApplicationStatusChanged,
  paymentCaptured as paymentCapturedContract,
  paymentRefunded as paymentRefundedContract,
  schoolEnrollmentStatusChanged,
  SECURITY_EVENTS,
  taxDueSoon,
  type EventContract,
  type FeedEvent,
  type PayloadOf,
} from '@eco/kit';
import { randomUUID } from 'node:crypto';

export const CITIZEN = '00000000-0000-4000-8000-000000000001';
export const EMPLOYEE = '00000000-0000-4000-8000-0000000000e1';
export const ADMIN = '00000000-0000-4000-8000-0000000000a1';

/** An event of `contract` as its producer writes it; the payload must fit the contract, as the outbox demands. */
export function contractEvent<C extends EventContract>(contract: C, subject: { type: string; id: string }, payload: PayloadOf<C>, at = new Date().toISOString()): FeedEvent {
  if (!contract.is(payload)) throw new Error(`fixture of ${contract.name} does not fit its contract: ${contract.problems(payload).join('; ')}`);
  const audience = { userIds: [], departmentIds: [] };
  return { seq: '0', id: randomUUID(), type: contract.name, source: contract.producer, occurredAt: at, subject, audience, payload: payload as Record<string, unknown> };
}

/** What each security action's details say when a test does not care (identity's contracts demand them). */
const SECURITY_DETAILS: Record<string, Record<string, unknown>> = {
  login_succeeded: { sessionId: '00000000-0000-4000-8000-00000000c001', method: 'PASSWORD' },
  login_failed: { reason: 'WRONG_PASSWORD' },
  mfa_challenge_issued: { challengeId: '00000000-0000-4000-8000-00000000c002', methods: ['TOTP'], newDevice: true },
  mfa_verified: { challengeId: '00000000-0000-4000-8000-00000000c002', method: 'TOTP', deviceRemembered: true },
  mfa_failed: { challengeId: '00000000-0000-4000-8000-00000000c002', method: 'TOTP', reason: 'MFA_CODE_INVALID' },
  mfa_enabled: { method: 'TOTP', recoveryCodesIssued: 10 },
  mfa_disabled: { methods: ['TOTP'] },
  email_confirmed: {},
  password_reset_requested: { channel: 'EMAIL' },
  password_reset: { sessionsRevoked: 1 },
  session_revoked: { reason: 'LOGOUT' },
  document_added: { kind: 'PASSPORT' },
  document_changed: { kind: 'SNILS' },
  document_viewed: { documentIds: ['00000000-0000-4000-8000-00000000d001'], kinds: ['PASSPORT'] },
  child_added: {},
  child_removed: {},
  applicant_contact_read: { departmentId: 'MVD', applicationIds: ['00000000-0000-4000-8000-0000000000b1'] },
  api_client_revoked: { clientId: 'eco_ci_a', keyType: 'LIVE' },
};
/** The subject each action's contract names. */
const SECURITY_SUBJECT: Record<string, string> = {
  session_revoked: 'Session',
  document_added: 'Document',
  document_changed: 'Document',
  document_viewed: 'Document',
  child_added: 'Child',
  child_removed: 'Child',
  api_client_revoked: 'ApiClient',
};

/** identity's security event, exactly as its contract says. */
export function securityEvent(
  action: string,
  options: { actorId?: string | null; subject?: { type: string; id: string }; requestId?: string | null; at?: string; details?: Record<string, unknown> } = {},
): FeedEvent {
  const contract = SECURITY_EVENTS.find((candidate) => candidate.name === `security.${action}`);
  if (!contract) throw new Error(`identity declares no security.${action}`);
  const actorId = options.actorId === undefined ? CITIZEN : options.actorId;
  const subject = options.subject ?? { type: SECURITY_SUBJECT[action] ?? 'User', id: SECURITY_SUBJECT[action] ? randomUUID() : (actorId ?? CITIZEN) };
  const at = options.at ?? new Date().toISOString();
  const payload = {
    actorId,
    ...(action === 'applicant_contact_read' ? { actorType: 'EMPLOYEE' } : {}),
    subjectType: subject.type,
    subjectId: subject.id,
    requestId: options.requestId === undefined ? 'req-identity-0001' : options.requestId,
    at,
    details: { ...SECURITY_DETAILS[action], ...options.details },
  };
  return contractEvent(contract as EventContract, subject, payload, at);
}

/** applications' status change. */
export function statusChanged(
  options: { applicationId?: string; from?: string | null; to?: string; actorId?: string | null; actorRole?: string | null; requestId?: string | null; comment?: string | null; at?: string } = {},
): FeedEvent {
  const applicationId = options.applicationId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return contractEvent(
    applicationStatusChanged,
    { type: 'Application', id: applicationId },
    {
      applicationId,
      number: '2026-000042',
      serviceId: randomUUID(),
      departmentId: 'MVD',
      applicantId: CITIZEN,
      from: (options.from === undefined ? 'SUBMITTED' : options.from) as PayloadOf<typeof applicationStatusChanged>['from'],
      to: (options.to ?? 'REGISTERED') as PayloadOf<typeof applicationStatusChanged>['to'],
      at,
      comment: options.comment ?? null,
      actorId: options.actorId === undefined ? EMPLOYEE : options.actorId,
      actorRole: (options.actorRole === undefined ? 'EMPLOYEE' : options.actorRole) as PayloadOf<typeof applicationStatusChanged>['actorRole'],
      requestId: options.requestId === undefined ? 'req-applications-1' : options.requestId,
      sandbox: false,
    },
    at,
  );
}

export function paymentCaptured(options: { paymentId?: string; requestId?: string | null; at?: string; amountKopecks?: number } = {}): FeedEvent {
  const paymentId = options.paymentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return contractEvent(
    paymentCapturedContract,
    { type: 'Payment', id: paymentId },
    {
      paymentId,
      invoiceId: randomUUID(),
      source: 'FINE',
      sourceIds: [randomUUID()],
      payerId: CITIZEN,
      amountKopecks: options.amountKopecks ?? 25_000,
      capturedAt: at,
      sandbox: false,
      actorId: CITIZEN,
      requestId: options.requestId === undefined ? 'req-payments-0001' : options.requestId,
    },
    at,
  );
}

export function paymentRefunded(options: { paymentId?: string; at?: string } = {}): FeedEvent {
  const paymentId = options.paymentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  const payload = { refundId: randomUUID(), paymentId, invoiceId: randomUUID(), amountKopecks: 10_000, actorId: ADMIN, requestId: 'req-refund-00001', at, sandbox: false };
  return contractEvent(paymentRefundedContract, { type: 'Payment', id: paymentId }, payload, at);
}

/** documents' read of an upload by someone other than its owner. */
export function documentRead(options: { documentId?: string; actorId?: string; actorRole?: string; via?: 'TOKEN' | 'SIGNED_LINK'; requestId?: string | null; at?: string } = {}): FeedEvent {
  const documentId = options.documentId ?? randomUUID();
  const at = options.at ?? new Date().toISOString();
  return contractEvent(
    documentReadContract,
    { type: 'Document', id: documentId },
    {
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
    },
    at,
  );
}

const AT = '2026-12-03T10:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A journalled example of what a department tells, with the entry it must make (beyond id, source, action, time). */
export interface DepartmentExample {
  event: FeedEvent;
  entry: { actorId: string | null; actorType: string; subjectType: string; subjectId: string; requestId: string | null; details: Record<string, unknown> };
}

const visit = {
  appointmentId: id(401),
  patientId: CITIZEN,
  status: 'BOOKED' as const,
  startsAt: '2026-12-10T08:00:00.000Z',
  durationMinutes: 15,
  doctorName: 'Смирнова Елена Викторовна',
  specialtyRu: 'Онколог',
  specialtyEn: 'Oncologist',
  clinicName: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»',
  clinicAddress: 'г. Москва, ул. Фестивальная, д. 4',
  room: '214',
};
const visitDetails = { patientId: CITIZEN, status: 'BOOKED', startsAt: '2026-12-10T08:00:00.000Z', durationMinutes: 15 };
const attached = (n: number) => ({ documentIds: [id(n)], ownerId: CITIZEN, attachedToType: 'Application', attachedToId: id(n + 1), departmentId: 'MVD', requestId: 'req-attach-0001' });
const attachedEntry = (n: number, subjectType: string) => ({
  actorId: CITIZEN,
  actorType: 'USER',
  subjectType,
  subjectId: id(n + 1),
  requestId: 'req-attach-0001',
  details: { documentIds: [id(n)], ownerId: CITIZEN, departmentId: 'MVD', attachedToType: 'Application', attachedToId: id(n + 1) },
});
const appeal = { appealId: id(501), fineId: id(502), appellantId: CITIZEN, departmentId: 'GIBDD', at: AT, sandbox: false };
const appealSubject = { type: 'Appeal', id: id(501) };
const kindergarten = {
  applicationId: id(601),
  parentId: CITIZEN,
  childId: id(602),
  at: AT,
  kindergartenId: id(603),
  kindergartenNumber: 1234,
  kindergartenName: 'Детский сад № 1234 «Солнышко»',
  offerExpiresAt: null,
};

/**
 * One example of every event the other departments declare beyond identity's (those are one family,
 * journalled alike: see security-events.ts) and beyond the ones with builders above.
 */
export function departmentExamples(): Record<string, DepartmentExample> {
  return {
    'applications/application.result_ready': {
      event: contractEvent(applicationResultReady, { type: 'Application', id: id(301) }, {
        applicationId: id(301),
        number: '2026-000301',
        applicantId: CITIZEN,
        applicantName: 'Иванов Иван Иванович',
        serviceId: id(302),
        serviceTitle: 'Справка о несудимости',
        departmentId: 'MVD',
        departmentName: 'МВД России',
        decision: 'Выдать справку Иванову И. И.',
        completedAt: AT,
        sandbox: false,
      }),
      entry: { actorId: null, actorType: 'SYSTEM', subjectType: 'Application', subjectId: id(301), requestId: null, details: { number: '2026-000301', applicantId: CITIZEN, serviceId: id(302), departmentId: 'MVD' } },
    },
    'applications/documents.attached': { event: contractEvent(applicationDocumentsAttached, { type: 'Application', id: id(311) }, attached(310)), entry: attachedEntry(310, 'Application') },
    'taxes-fines/fine.discount_ending': {
      event: contractEvent(fineDiscountEnding, { type: 'Fine', id: id(321) }, { fineId: id(321), ownerId: CITIZEN, deadline: AT, lastDay: '2026-12-03', amountDue: 25_000, sandbox: false }),
      entry: { actorId: null, actorType: 'SYSTEM', subjectType: 'Fine', subjectId: id(321), requestId: null, details: { ownerId: CITIZEN, lastDay: '2026-12-03', amountDue: 25_000 } },
    },
    'taxes-fines/tax.due_soon': {
      event: contractEvent(taxDueSoon, { type: 'TaxAccrual', id: id(331) }, { taxId: id(331), ownerId: CITIZEN, deadline: AT, dueDate: '2026-12-03', daysBefore: 7, amountDue: 120_000, sandbox: false }),
      entry: { actorId: null, actorType: 'SYSTEM', subjectType: 'TaxAccrual', subjectId: id(331), requestId: null, details: { ownerId: CITIZEN, dueDate: '2026-12-03', daysBefore: 7, amountDue: 120_000 } },
    },
    'taxes-fines/documents.attached': { event: contractEvent(fineAppealDocumentsAttached, { type: 'Appeal', id: id(341) }, attached(340)), entry: attachedEntry(340, 'Appeal') },
    'taxes-fines/fine_appeal.filed': {
      event: contractEvent(fineAppealFiled, appealSubject, appeal),
      entry: { actorId: CITIZEN, actorType: 'USER', subjectType: 'Appeal', subjectId: id(501), requestId: null, details: { fineId: id(502), appellantId: CITIZEN, departmentId: 'GIBDD' } },
    },
    'taxes-fines/fine_appeal.decided': {
      event: contractEvent(fineAppealDecided, appealSubject, { ...appeal, outcome: 'rejected', decisionText: 'Нарушение подтверждено; Иванов И. И. был за рулём.' }),
      entry: {
        actorId: null,
        actorType: 'EMPLOYEE',
        subjectType: 'Appeal',
        subjectId: id(501),
        requestId: null,
        details: { fineId: id(502), appellantId: CITIZEN, departmentId: 'GIBDD', outcome: 'rejected', hasDecisionText: true },
      },
    },
    'healthcare/appointment.booked': { event: contractEvent(appointmentBooked, { type: 'Appointment', id: id(401) }, visit), entry: patientEntry(visitDetails) },
    'healthcare/appointment.cancelled': {
      event: contractEvent(appointmentCancelled, { type: 'Appointment', id: id(401) }, { ...visit, status: 'CANCELLED' }),
      entry: patientEntry({ ...visitDetails, status: 'CANCELLED' }),
    },
    'healthcare/appointment.rescheduled': {
      event: contractEvent(appointmentRescheduled, { type: 'Appointment', id: id(401) }, { ...visit, previousStartsAt: AT }),
      entry: patientEntry({ ...visitDetails, previousStartsAt: AT }),
    },
    'healthcare/appointment.reminder': {
      event: contractEvent(appointmentReminder, { type: 'Appointment', id: id(401) }, visit),
      entry: { ...patientEntry(visitDetails), actorId: null, actorType: 'SYSTEM' },
    },
    'education/kindergarten_application.status_changed': {
      event: contractEvent(kindergartenApplicationStatusChanged, { type: 'KindergartenApplication', id: id(601) }, { ...kindergarten, from: 'OFFERED', to: 'ENROLLED', reason: 'PARENT' }),
      entry: {
        actorId: CITIZEN,
        actorType: 'USER',
        subjectType: 'KindergartenApplication',
        subjectId: id(601),
        requestId: null,
        details: { parentId: CITIZEN, childId: id(602), from: 'OFFERED', to: 'ENROLLED', kindergartenId: id(603), reason: 'PARENT' },
      },
    },
    'education/school_enrollment.status_changed': {
      event: contractEvent(schoolEnrollmentStatusChanged, { type: 'SchoolEnrollment', id: id(611) }, {
        enrollmentId: id(611),
        parentId: CITIZEN,
        childId: id(602),
        schoolId: id(612),
        schoolNumber: 57,
        schoolName: 'Школа № 57',
        from: 'SUBMITTED',
        to: 'REFUSED',
        at: AT,
        comment: 'Нет мест; обратитесь в школу № 58.',
      }),
      entry: {
        actorId: null,
        actorType: 'EMPLOYEE',
        subjectType: 'SchoolEnrollment',
        subjectId: id(611),
        requestId: null,
        details: { parentId: CITIZEN, childId: id(602), schoolId: id(612), from: 'SUBMITTED', to: 'REFUSED', hasComment: true },
      },
    },
    'education/documents.attached': {
      event: contractEvent(kindergartenApplicationDocumentsAttached, { type: 'KindergartenApplication', id: id(621) }, attached(620)),
      entry: attachedEntry(620, 'KindergartenApplication'),
    },
    'documents/document.quarantined': {
      event: contractEvent(documentQuarantined, { type: 'Document', id: id(701) }, { documentId: id(701), ownerId: CITIZEN, fileName: 'паспорт Иванова.pdf', reason: 'EICAR-Test-File', sandbox: false }),
      entry: { actorId: null, actorType: 'SYSTEM', subjectType: 'Document', subjectId: id(701), requestId: null, details: { ownerId: CITIZEN, reason: 'EICAR-Test-File' } },
    },
    'documents/document.issued': {
      event: contractEvent(documentIssued, { type: 'IssuedDocument', id: id(711) }, {
        issuedDocumentId: id(711),
        applicationId: id(301),
        recipientId: CITIZEN,
        number: 'ED-2026-000301',
        applicationNumber: '2026-000301',
        title: 'Справка о несудимости',
        sandbox: false,
      }),
      entry: { actorId: null, actorType: 'SYSTEM', subjectType: 'IssuedDocument', subjectId: id(711), requestId: null, details: { applicationId: id(301), recipientId: CITIZEN } },
    },
    'documents/document.revoked': {
      event: contractEvent(documentRevoked, { type: 'IssuedDocument', id: id(711) }, { issuedDocumentId: id(711), applicationId: id(301), recipientId: CITIZEN, number: 'ED-2026-000301', actorId: EMPLOYEE, at: AT }),
      entry: { actorId: EMPLOYEE, actorType: 'EMPLOYEE', subjectType: 'IssuedDocument', subjectId: id(711), requestId: null, details: { applicationId: id(301), recipientId: CITIZEN } },
    },
  };
}

function patientEntry(details: Record<string, unknown>): DepartmentExample['entry'] {
  return { actorId: CITIZEN, actorType: 'USER', subjectType: 'Appointment', subjectId: id(401), requestId: null, details };
}
