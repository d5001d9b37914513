import { MAX_IDEMPOTENCY_KEY_LENGTH } from '@eco/kit';
import { processingDeadline } from '../src/deadlines/working-days';
import type { ApplicationsServices } from '../src/services';
import { CRIMINAL_RECORD, criminalRecordForm, newKey, newUserId, PASSPORT_CHECK, passportCheckForm } from './support/fixtures';
import { catalogService, citizen, employee, errorCodes, execute, testServices, TestClock, ANONYMOUS } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let clock: TestClock;
let services: ApplicationsServices;
let passportCheckId: string;
let criminalRecordId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  clock = new TestClock(new Date('2026-03-02T09:00:00Z'));
  services = testServices(db, clock);
  passportCheckId = (await catalogService(PASSPORT_CHECK)).id;
  criminalRecordId = (await catalogService(CRIMINAL_RECORD)).id;
});

afterAll(async () => {
  await db?.drop();
});

const TABLES = ['application', 'status_change', 'outbox_event', 'application_counter'];
const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await db.count(t)])));

describe('form data validation', () => {
  test('every problem is reported with its path and code, and nothing is stored', async () => {
    const before = await counts();
    const { registrationAddress: _missing, ...form } = criminalRecordForm();
    const outcome = await services.submissions.submit(newUserId(), {
      serviceId: criminalRecordId,
      idempotencyKey: newKey(),
      formData: {
        ...form,
        fullName: { lastName: 'Иванов1' },
        birthDate: '1985-02-30',
        passport: { ...form.passport, series: '45AB' },
        purpose: 'Просто так',
        consent: false,
        previousNames: [{ lastName: 'Петров', firstName: 'Пётр' }, { lastName: 'Сидоров' }],
        extra: 'x',
      },
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const found = outcome.problems.map((p) => `${p.field} ${p.code}`).sort();
    expect(found).toEqual(
      [
        'formData.registrationAddress REQUIRED',
        'formData.extra UNKNOWN_FIELD',
        'formData.fullName.firstName REQUIRED',
        'formData.fullName.lastName PATTERN_MISMATCH',
        'formData.birthDate INVALID_FORMAT',
        'formData.passport.series PATTERN_MISMATCH',
        'formData.purpose NOT_ALLOWED_VALUE',
        'formData.consent MUST_BE_CONFIRMED',
        'formData.previousNames.1.firstName REQUIRED',
      ].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  test('through GraphQL the errors are userErrors in the request language', async () => {
    const result = await execute(
      services,
      /* GraphQL */ `mutation Submit($input: SubmitApplicationInput!) {
        submitApplication(input: $input) { application { id } userErrors { field code message } }
      }`,
      { viewer: citizen(newUserId()), locale: 'ru', variables: { input: { serviceId: passportCheckId, idempotencyKey: newKey(), formData: { series: '45', number: '123456' } } } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.submitApplication).toEqual({
      application: null,
      userErrors: [{ field: 'formData.series', code: 'PATTERN_MISMATCH', message: 'Значение не соответствует формату' }],
    });
  });

  test('an unknown service is SERVICE_NOT_FOUND', async () => {
    for (const serviceId of ['00000000-0000-4000-8000-00000000dead', 'not-a-uuid']) {
      const outcome = await services.submissions.submit(newUserId(), { serviceId, idempotencyKey: newKey(), formData: {} });
      expect(outcome).toEqual({ ok: false, problems: [{ field: 'serviceId', code: 'SERVICE_NOT_FOUND' }] });
    }
  });

  test('a blank or overlong idempotency key is refused (one rule for every subgraph: 1 to 255 characters, not only spaces)', async () => {
    for (const idempotencyKey of ['', '  ', 'k'.repeat(MAX_IDEMPOTENCY_KEY_LENGTH + 1)]) {
      const outcome = await services.submissions.submit(newUserId(), { serviceId: passportCheckId, idempotencyKey, formData: passportCheckForm() });
      expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['IDEMPOTENCY_KEY_INVALID']);
    }
  });
});

describe('submission', () => {
  test('stores the application with its service data, a provisional deadline, one history entry and one outbox event', async () => {
    const applicantId = newUserId();
    const service = await catalogService(CRIMINAL_RECORD);
    const outcome = await services.submissions.submit(applicantId, { serviceId: service.id, idempotencyKey: newKey(), formData: criminalRecordForm() });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const application = outcome.value;
    expect(application).toMatchObject({
      applicantId,
      serviceId: service.id,
      serviceCode: CRIMINAL_RECORD,
      serviceTitleRu: service.titleRu,
      serviceTitleEn: service.titleEn,
      departmentId: 'MVD',
      status: 'SUBMITTED',
      priority: 'NORMAL',
      version: 1,
      submittedAt: clock.now(),
      deadline: processingDeadline(clock.now(), service.processingDays),
    });
    expect(application.number).toMatch(/^2026-\d{6}$/);
    const history = await db.prisma.statusChange.findMany({ where: { applicationId: application.id } });
    expect(history).toEqual([expect.objectContaining({ seq: 1, fromStatus: null, toStatus: 'SUBMITTED', actorId: applicantId, actorRole: 'APPLICANT' })]);
    const events = await db.prisma.outboxEvent.findMany({ where: { subjectId: application.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'application.status_changed',
      subjectType: 'Application',
      // The subscription field the event feeds is the contract's, in the audience (not the payload).
      audience: { userIds: [applicantId], departmentIds: ['MVD'], liveFields: ['applicationStatusChanged'] },
    });
    expect(events[0].payload).toEqual({
      applicationId: application.id,
      number: application.number,
      serviceId: service.id,
      departmentId: 'MVD',
      applicantId,
      from: null,
      to: 'SUBMITTED',
      at: clock.now().toISOString(),
      comment: null,
      actorId: applicantId,
      actorRole: 'APPLICANT',
      requestId: null,
      sandbox: false,
    });
    // No form data, no documents in the event.
    expect(JSON.stringify(events[0].payload)).not.toContain('4510');
  });

  test('only signed-in citizens may submit', async () => {
    const mutation = /* GraphQL */ `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id } } }`;
    const variables = { input: { serviceId: passportCheckId, idempotencyKey: newKey(), formData: passportCheckForm() } };
    expect(errorCodes(await execute(services, mutation, { viewer: ANONYMOUS, variables }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await execute(services, mutation, { viewer: employee(newUserId(), 'MVD'), variables }))).toEqual(['FORBIDDEN']);
    const ok = await execute(services, mutation, { viewer: citizen(newUserId()), variables });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.submitApplication.application.id).toEqual(expect.any(String));
  });
});

describe('idempotency', () => {
  test('the same key gives the same application; other data under that key is refused', async () => {
    const applicantId = newUserId();
    const key = newKey();
    const first = await services.submissions.submit(applicantId, { serviceId: passportCheckId, idempotencyKey: key, formData: passportCheckForm() });
    // Key order does not matter: the same data is the same request.
    const again = await services.submissions.submit(applicantId, { serviceId: passportCheckId, idempotencyKey: key, formData: { number: '123456', series: '4510' } });
    expect(first.ok && again.ok && again.value.id === first.value.id).toBe(true);
    const before = await counts();
    const reused = await services.submissions.submit(applicantId, { serviceId: passportCheckId, idempotencyKey: key, formData: passportCheckForm('654321') });
    expect(reused).toEqual({ ok: false, problems: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    expect(await counts()).toEqual(before);
    // Keys belong to their applicant.
    const other = await services.submissions.submit(newUserId(), { serviceId: passportCheckId, idempotencyKey: key, formData: passportCheckForm() });
    expect(other.ok && first.ok && other.value.id !== first.value.id).toBe(true);
  });

  test('10 concurrent submissions with one key make one application and use one number', async () => {
    const applicantId = newUserId();
    const key = newKey();
    const before = await counts();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => services.submissions.submit(applicantId, { serviceId: passportCheckId, idempotencyKey: key, formData: passportCheckForm() })),
    );
    const ids = new Set(outcomes.map((outcome) => (outcome.ok ? outcome.value.id : JSON.stringify(outcome.problems))));
    expect(ids.size).toBe(1);
    expect(await db.prisma.application.count({ where: { applicantId } })).toBe(1);
    const after = await counts();
    expect(after.application - before.application).toBe(1);
    expect(after.status_change - before.status_change).toBe(1);
    expect(after.outbox_event - before.outbox_event).toBe(1);
    // The losers' counter increments rolled back with them: the next number follows directly.
    const number = outcomes[0].ok ? outcomes[0].value.number : '';
    const next = await services.submissions.submit(applicantId, { serviceId: passportCheckId, idempotencyKey: newKey(), formData: passportCheckForm() });
    expect(next.ok && next.value.number).toBe(`2026-${String(Number(number.slice(5)) + 1).padStart(6, '0')}`);
  });
});

describe('numbering', () => {
  test('numbers run per year (Moscow time) without gaps, also past failed submissions', async () => {
    const local = await createTestDatabase();
    const localClock = new TestClock(new Date('2026-12-31T12:00:00Z'));
    const localServices = testServices(local, localClock);
    try {
      const submit = async () => {
        const outcome = await localServices.submissions.submit(newUserId(), { serviceId: passportCheckId, idempotencyKey: newKey(), formData: passportCheckForm() });
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
        return outcome.value.number;
      };
      expect(await submit()).toBe('2026-000001');
      // Invalid data takes no number.
      await localServices.submissions.submit(newUserId(), { serviceId: passportCheckId, idempotencyKey: newKey(), formData: {} });
      expect(await submit()).toBe('2026-000002');
      // 21:30 UTC on 31 December is already 1 January in Moscow.
      localClock.set('2026-12-31T21:30:00Z');
      expect(await submit()).toBe('2027-000001');
      expect(await submit()).toBe('2027-000002');
    } finally {
      await local.drop();
    }
  });
});
