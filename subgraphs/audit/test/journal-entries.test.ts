import * as kit from '@eco/kit';
import { EventPayloadError, SECURITY_EVENTS, type EventContract, type FeedEvent } from '@eco/kit';
import { safeDetails } from '../src/events/safe-details';
import { auditSubscriptions } from '../src/events/subscriptions';
import { deliver } from './support/deliver';
import { ADMIN, CITIZEN, departmentExamples, documentRead, EMPLOYEE, paymentCaptured, paymentRefunded, securityEvent, statusChanged } from './support/events';
import { createTestDatabase, silentLogger, type TestDatabase } from './support/test-database';

/*
 * What each department's events become in the journal: one entry per event id, however often it
 * is delivered, with actor, subject, request and safe details (ids, statuses, amounts: no personal data).
 */

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

const entryOf = (event: FeedEvent) => db.prisma.auditEntry.findUnique({ where: { eventId: event.id } });

/** Delivered twice (at least once): appended once, then a duplicate; the one entry it made. */
async function journalledOnce(event: FeedEvent) {
  expect(await deliver(db.services, event)).toMatchObject({ status: 'appended' });
  expect(await deliver(db.services, event)).toEqual({ status: 'duplicate' });
  expect(await db.prisma.auditEntry.count({ where: { eventId: event.id } })).toBe(1);
  const entry = await entryOf(event);
  if (!entry) throw new Error('not journalled');
  return entry;
}

const withPayload = (event: FeedEvent, patch: Record<string, unknown>): FeedEvent => ({ ...event, payload: { ...event.payload, ...patch } });

const isContract = (value: unknown): value is EventContract =>
  typeof value === 'object' && value !== null && 'producer' in value && 'payload' in value && typeof (value as EventContract).is === 'function';

describe('every department reaches the journal', () => {
  it('subscribes to every declared event of every producer but notifications’ own', () => {
    const key = (contract: EventContract) => `${contract.producer}/${contract.name}`;
    const declared = (Object.values(kit) as unknown[]).filter(isContract).filter((contract) => contract.producer !== 'notifications');
    const subscribed = auditSubscriptions(db.services, silentLogger).map(({ contract }) => key(contract));
    expect(new Set(declared.map(key)).size).toBeGreaterThan(30);
    expect([...subscribed].sort()).toEqual([...new Set(declared.map(key))].sort());
    expect(new Set(subscribed).size).toBe(subscribed.length);
    expect(new Set(declared.map((contract) => contract.producer))).toEqual(new Set(['identity', 'applications', 'payments', 'taxes-fines', 'healthcare', 'education', 'documents']));
  });

  it.each(Object.entries(departmentExamples()))('%s: one entry per event id, with actor, subject, request and safe details', async (_name, { event, entry }) => {
    const row = await journalledOnce(event);
    expect(row).toMatchObject({ eventId: event.id, source: event.source, action: event.type, ...entry });
    expect(row.details).toEqual(entry.details);
    // Names, titles, specialties, file names and free text stay with their department.
    expect(JSON.stringify(row.details)).not.toMatch(/Иванов|Смирнова|Онколог|Справка|паспорт|Нарушение|Нет мест|Солнышко/);
  });

  it.each(SECURITY_EVENTS.map((contract) => [contract.name.slice('security.'.length)]))('security.%s: one entry per event id', async (action) => {
    const event = securityEvent(action, { at: '2026-12-03T10:00:00.000Z' });
    expect(await journalledOnce(event)).toMatchObject({
      source: 'identity',
      action: `security.${action}`,
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      requestId: 'req-identity-0001',
      occurredAt: new Date('2026-12-03T10:00:00.000Z'),
    });
  });
});

describe('identity’s security events', () => {
  it('records actor, subject, request id and time', async () => {
    const at = '2026-11-29T10:00:00.000Z';
    const event = securityEvent('document_added', { at, subject: { type: 'Document', id: 'doc-1' } });
    expect(await journalledOnce(event)).toMatchObject({
      eventId: event.id,
      source: 'identity',
      action: 'security.document_added',
      actorId: CITIZEN,
      actorType: 'USER',
      subjectType: 'Document',
      subjectId: 'doc-1',
      requestId: 'req-identity-0001',
      occurredAt: new Date(at),
      details: { kind: 'PASSPORT' },
    });
  });

  it('a failed login of an unknown account has no actor: UNKNOWN', async () => {
    const event = securityEvent('login_failed', { actorId: null, subject: { type: 'User', id: 'unknown' }, details: { reason: 'UNKNOWN_LOGIN' } });
    expect(await journalledOnce(event)).toMatchObject({ actorId: null, actorType: 'UNKNOWN', subjectId: 'unknown', details: { reason: 'UNKNOWN_LOGIN' } });
  });

  it("an employee reading an applicant's contact: the employee as actor, the applications that allowed it kept", async () => {
    const applicationId = '00000000-0000-4000-8000-0000000000b1';
    const event = securityEvent('applicant_contact_read', { actorId: EMPLOYEE, subject: { type: 'User', id: CITIZEN }, details: { departmentId: 'MVD', applicationIds: [applicationId] } });
    expect(await journalledOnce(event)).toMatchObject({
      action: 'security.applicant_contact_read',
      actorId: EMPLOYEE,
      actorType: 'EMPLOYEE',
      subjectType: 'User',
      subjectId: CITIZEN,
      details: { departmentId: 'MVD', applicationIds: [applicationId] },
    });
  });

  it('keeps no personal data in details, whatever identity sends', async () => {
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
    expect(safeDetails(details)).toEqual({ documentType: 'PASSPORT', documentId: '00000000-0000-4000-8000-000000000d01', inner: 'kept', attempts: 3, fields: ['series', 'number'] });
    const entry = await journalledOnce(securityEvent('document_viewed', { details }));
    expect(JSON.stringify(entry.details)).not.toMatch(/ivanov|999|Иван|1990|112-233|500100/);
  });

  it.each([
    ['an actor id with free text', (e: FeedEvent) => withPayload(e, { actorId: 'Robert"); DROP TABLE' }), 'actorId'],
    ['a subject id with free text', (e: FeedEvent) => withPayload(e, { subjectId: 'Иванов И. И.' }), 'subject'],
    ['a request id with free text', (e: FeedEvent) => withPayload(e, { requestId: 'line\nbreak' }), 'requestId'],
    ['an event id that is no uuid', (e: FeedEvent): FeedEvent => ({ ...e, id: 'nope' }), 'event id'],
  ])('skips (does not journal) an event with %s, which the contract lets through', async (_name, spoil, reason) => {
    const before = await db.prisma.auditEntry.count();
    expect(await deliver(db.services, spoil(securityEvent('login_succeeded')))).toEqual({ status: 'malformed', reason });
    expect(await db.prisma.auditEntry.count()).toBe(before);
  });

  it('refuses a payload that does not fit the contract (a producer’s bug): nothing is journalled', async () => {
    const event = withPayload(securityEvent('login_succeeded'), { at: 'yesterday' });
    await expect(deliver(db.services, event)).rejects.toThrow(EventPayloadError);
    expect(await entryOf(event)).toBeNull();
  });
});

describe('application status changes', () => {
  it('records the actor, its capacity and the request id, and no comment text', async () => {
    const event = statusChanged({ comment: 'Позвоните Иванову по +79990000001' });
    const entry = await journalledOnce(event);
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

  it('a submission by the applicant is the user’s; a change by the portal is the system’s; an unknown actor is UNKNOWN', async () => {
    expect(await journalledOnce(statusChanged({ from: null, to: 'SUBMITTED', actorId: CITIZEN, actorRole: 'APPLICANT' }))).toMatchObject({ actorId: CITIZEN, actorType: 'USER' });
    expect(await journalledOnce(statusChanged({ actorId: null, actorRole: 'SYSTEM' }))).toMatchObject({ actorId: null, actorType: 'SYSTEM' });
    expect(await journalledOnce(statusChanged({ actorId: null, actorRole: null, requestId: null }))).toMatchObject({ actorId: null, actorType: 'UNKNOWN', requestId: null });
  });
});

describe('payments', () => {
  it('a capture: the payer paid the payment, in the request', async () => {
    const event = paymentCaptured({ amountKopecks: 12_345 });
    expect(await journalledOnce(event)).toMatchObject({
      action: 'payment.captured',
      actorId: CITIZEN,
      actorType: 'USER',
      subjectType: 'Payment',
      subjectId: event.subject.id,
      requestId: 'req-payments-0001',
      details: { amountKopecks: 12_345, payerId: CITIZEN, invoiceSource: 'FINE' },
    });
  });

  it('a refund: the administrator refunded the payment', async () => {
    expect(await journalledOnce(paymentRefunded())).toMatchObject({ action: 'payment.refunded', actorId: ADMIN, actorType: 'EMPLOYEE', subjectType: 'Payment', requestId: 'req-refund-00001' });
  });
});

describe('reads of people’s documents (documents)', () => {
  it('records the reader, the document and whose it is, in the request', async () => {
    const at = '2026-12-03T10:00:00.000Z';
    const event = documentRead({ at });
    expect(await journalledOnce(event)).toMatchObject({
      eventId: event.id,
      source: 'documents',
      action: 'document.read',
      actorId: EMPLOYEE,
      actorType: 'EMPLOYEE',
      subjectType: 'Document',
      subjectId: event.subject.id,
      requestId: 'req-documents-001',
      occurredAt: new Date(at),
      details: { ownerId: CITIZEN, departmentId: 'MVD', attachedToType: 'Application', attachedToId: '00000000-0000-4000-8000-0000000000b1', via: 'TOKEN' },
    });
  });

  it('reads through a signed link too; an unknown role is an UNKNOWN actor type', async () => {
    expect(await journalledOnce(documentRead({ via: 'SIGNED_LINK', requestId: null }))).toMatchObject({ requestId: null, details: { via: 'SIGNED_LINK' } });
    expect((await journalledOnce(documentRead({ actorRole: 'SOMETHING' }))).actorType).toBe('UNKNOWN');
  });
});
