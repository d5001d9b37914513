import type { FeedEvent } from '@eco/kit';
import { readEvent } from '../src/events/event-reader';
import { safeDetails } from '../src/events/safe-details';
import { ADMIN, CITIZEN, EMPLOYEE, paymentCaptured, paymentRefunded, securityEvent, statusChanged } from './support/events';

const record = (event: FeedEvent) => {
  const reading = readEvent(event);
  if (reading.kind !== 'record') throw new Error(`not recorded: ${JSON.stringify(reading)}`);
  return reading.record;
};
const kind = (event: FeedEvent) => readEvent(event).kind;
const withPayload = (event: FeedEvent, patch: Record<string, unknown>): FeedEvent => ({ ...event, payload: { ...event.payload, ...patch } });

describe('security events (identity, generic by the contract)', () => {
  it('records any security.<action> with actor, subject, request id and time', () => {
    const at = '2026-11-29T10:00:00.000Z';
    const event = securityEvent('some_future_action', { at, subject: { type: 'Document', id: 'doc-1' }, details: { documentType: 'PASSPORT', method: 'TOTP' } });
    expect(record(event)).toEqual({
      eventId: event.id,
      source: 'identity',
      action: 'security.some_future_action',
      actorId: CITIZEN,
      actorType: 'USER',
      subjectType: 'Document',
      subjectId: 'doc-1',
      requestId: 'req-identity-0001',
      occurredAt: new Date(at),
      details: { documentType: 'PASSPORT', method: 'TOTP' },
    });
  });

  it('a failed login of an unknown account has no actor: UNKNOWN', () => {
    expect(record(securityEvent('login_failed', { actorId: null, subject: { type: 'User', id: 'unknown' }, details: { reason: 'BAD_CREDENTIALS' } }))).toMatchObject({
      actorId: null,
      actorType: 'UNKNOWN',
      details: { reason: 'BAD_CREDENTIALS' },
    });
  });

  it("an employee reading an applicant's contact: the employee as actor, the applications that allowed it kept", () => {
    const applicationId = '00000000-0000-4000-8000-0000000000b1';
    const event = withPayload(
      securityEvent('applicant_contact_read', { actorId: EMPLOYEE, subject: { type: 'User', id: CITIZEN }, details: { departmentId: 'MVD', applicationIds: [applicationId] } }),
      { actorType: 'EMPLOYEE' },
    );
    expect(record(event)).toMatchObject({
      action: 'security.applicant_contact_read',
      actorId: EMPLOYEE,
      actorType: 'EMPLOYEE',
      subjectType: 'User',
      subjectId: CITIZEN,
      details: { departmentId: 'MVD', applicationIds: [applicationId] },
    });
  });

  it('keeps no personal data in details, whatever identity sends', () => {
    const details = {
      email: 'ivanov@example.org',
      login: 'ivanov@example.org',
      phone: '+7 999 000-00-01',
      snils: '112-233-445 95',
      passportNumber: '123456',
      userInn: '500100732259',
      lastName: 'Иванов',
      birthDate: '1990-01-01',
      nested: { firstName: 'Иван' },
      otpCode: '123456',
      documentType: 'PASSPORT',
      documentId: '00000000-0000-4000-8000-000000000d01',
      inner: 'kept',
      attempts: 3,
      fields: ['series', 'number'],
    };
    const kept = safeDetails(details);
    expect(kept).toEqual({ documentType: 'PASSPORT', documentId: '00000000-0000-4000-8000-000000000d01', inner: 'kept', attempts: 3, fields: ['series', 'number'] });
    expect(JSON.stringify(record(securityEvent('document_viewed', { details })).details)).not.toMatch(/ivanov|999|Иван|1990|112-233|500100/);
  });

  it.each([
    ['a bad action name', (e: FeedEvent): FeedEvent => ({ ...e, type: 'security.Login Failed' })],
    ['another producer', (e: FeedEvent): FeedEvent => ({ ...e, source: 'payments' })],
    ['an event id that is no uuid', (e: FeedEvent): FeedEvent => ({ ...e, id: 'nope' })],
    ['no subject', (e: FeedEvent): FeedEvent => ({ ...e, subject: undefined as never })],
    ['a subject that disagrees with the payload', (e: FeedEvent) => withPayload(e, { subjectId: 'someone-else' })],
    ['an actor id with free text', (e: FeedEvent) => withPayload(e, { actorId: 'Robert"); DROP TABLE' })],
    ['a request id with free text', (e: FeedEvent) => withPayload(e, { requestId: 'line\nbreak' })],
    ['no time', (e: FeedEvent) => withPayload(e, { at: 'yesterday' })],
    ['details that are no object', (e: FeedEvent) => withPayload(e, { details: ['x'] })],
    ['no payload', (e: FeedEvent): FeedEvent => ({ ...e, payload: null as never })],
  ])('is malformed with %s', (_name, spoil) => {
    expect(kind(spoil(securityEvent('login_succeeded')))).toBe('malformed');
  });
});

describe('application status changes', () => {
  it('records the actor, its capacity and the request id, and no comment text', () => {
    const event = statusChanged({ comment: 'Позвоните Иванову по +79990000001' });
    const entry = record(event);
    expect(entry).toMatchObject({
      action: 'application.status_changed',
      actorId: EMPLOYEE,
      actorType: 'EMPLOYEE',
      subjectType: 'Application',
      subjectId: event.subject.id,
      requestId: 'req-applications-1',
      details: { number: '2026-000042', departmentId: 'MVD', applicantId: CITIZEN, from: 'SUBMITTED', to: 'REGISTERED', hasComment: true },
    });
    expect(JSON.stringify(entry.details)).not.toContain('Иванов');
  });

  it('reads events from before actorId existed: a submission is the applicant, other changes unknown', () => {
    expect(record(statusChanged({ legacy: true, from: null, to: 'SUBMITTED' }))).toMatchObject({ actorId: CITIZEN, actorType: 'USER', requestId: null });
    expect(record(statusChanged({ legacy: true }))).toMatchObject({ actorId: null, actorType: 'UNKNOWN', requestId: null });
    expect(record(statusChanged({ actorId: null, actorRole: 'SYSTEM' }))).toMatchObject({ actorId: null, actorType: 'SYSTEM' });
  });

  it('is malformed without its ids or times', () => {
    expect(kind(withPayload(statusChanged(), { applicationId: 'x' }))).toBe('malformed');
    expect(kind(withPayload(statusChanged(), { at: null }))).toBe('malformed');
    expect(kind(withPayload(statusChanged(), { to: 'NO SUCH STATUS!' }))).toBe('malformed');
  });

  it('ignores what the journal does not record', () => {
    expect(kind({ ...statusChanged(), type: 'application.draft_saved' })).toBe('ignored');
    expect(kind({ ...paymentCaptured(), type: 'invoice.created' })).toBe('ignored');
  });
});

describe('payments', () => {
  it('a capture: the payer paid the payment, in the request', () => {
    const event = paymentCaptured({ amountKopecks: 12_345 });
    expect(record(event)).toMatchObject({
      action: 'payment.captured',
      actorId: CITIZEN,
      actorType: 'USER',
      subjectType: 'Payment',
      subjectId: event.subject.id,
      requestId: 'req-payments-0001',
      details: { amountKopecks: 12_345, payerId: CITIZEN, invoiceSource: 'FINE' },
    });
  });

  it('a refund: the administrator refunded the payment', () => {
    const event = paymentRefunded();
    expect(record(event)).toMatchObject({ action: 'payment.refunded', actorId: ADMIN, actorType: 'EMPLOYEE', subjectType: 'Payment', requestId: 'req-refund-00001' });
  });

  it('is malformed with a bad amount or id', () => {
    expect(kind(withPayload(paymentCaptured(), { amountKopecks: -1 }))).toBe('malformed');
    expect(kind(withPayload(paymentRefunded(), { refundId: 'r1' }))).toBe('malformed');
  });
});
