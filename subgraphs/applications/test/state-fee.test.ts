import type { FeedEvent } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { ApplicationsServices } from '../src/services';
import { StateFeeStatus, stateFeeStatusOf } from '../src/state-fee/state-fee-status';
import { submit } from './support/applications';
import { newUserId } from './support/fixtures';
import { testServices, TestClock } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let db: TestDatabase;
let services: ApplicationsServices;

beforeAll(async () => {
  db = await createTestDatabase();
  services = testServices(db, new TestClock());
});

afterAll(async () => {
  await db?.drop();
});

/** A ZAGS archive certificate costs 200 ₽ in the catalog. */
const PAID_SERVICE = 'zags-archive-certificate';
const PAID_FORM = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };

function captured(sourceIds: string[], overrides: Partial<FeedEvent> & { payload?: Record<string, unknown> } = {}): FeedEvent {
  return {
    seq: '1',
    id: randomUUID(),
    type: 'payment.captured',
    source: 'payments',
    occurredAt: new Date().toISOString(),
    subject: { type: 'Payment', id: randomUUID() },
    audience: { userIds: [], departmentIds: [] },
    ...overrides,
    payload: { paymentId: randomUUID(), invoiceId: randomUUID(), source: 'STATE_FEE', sourceIds, payerId: randomUUID(), amountKopecks: 20_000, capturedAt: '2026-03-10T09:00:00.000Z', ...overrides.payload },
  };
}

const reload = async (id: string) => (await db.prisma.application.findUniqueOrThrow({ where: { id } }));

test('a service with a fee is filed UNPAID with the catalog fee; a free one needs none', async () => {
  const paid = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const free = await submit(services, newUserId());
  expect(paid.stateFeeKopecks).toBe(20_000);
  expect(stateFeeStatusOf(paid)).toBe(StateFeeStatus.UNPAID);
  expect(free.stateFeeKopecks).toBe(0);
  expect(stateFeeStatusOf(free)).toBe(StateFeeStatus.NOT_REQUIRED);
});

test('payment.captured for the fee marks it PAID once; a redelivery or another source changes nothing', async () => {
  const application = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const event = captured([application.id]);
  expect(await services.stateFeePayments.handle(event)).toEqual({ status: 'applied', applicationsPaid: 1 });
  const paid = await reload(application.id);
  expect(paid.stateFeePaidAt?.toISOString()).toBe('2026-03-10T09:00:00.000Z');
  expect(stateFeeStatusOf(paid)).toBe(StateFeeStatus.PAID);

  expect(await services.stateFeePayments.handle(event)).toEqual({ status: 'duplicate' });
  // The same fee paid again under another event keeps the first payment time.
  const later = captured([application.id], { payload: { capturedAt: '2026-03-11T09:00:00.000Z' } });
  expect(await services.stateFeePayments.handle(later)).toEqual({ status: 'applied', applicationsPaid: 0 });
  expect((await reload(application.id)).stateFeePaidAt?.toISOString()).toBe('2026-03-10T09:00:00.000Z');

  const other = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  expect(await services.stateFeePayments.handle(captured([other.id], { payload: { source: 'FINE' } }))).toEqual({ status: 'ignored' });
  expect(await services.stateFeePayments.handle(captured([other.id], { type: 'payment.refunded' }))).toEqual({ status: 'ignored' });
  expect(stateFeeStatusOf(await reload(other.id))).toBe(StateFeeStatus.UNPAID);
});

test('a malformed payload is skipped and stores nothing', async () => {
  const application = await submit(services, newUserId(), PAID_SERVICE, PAID_FORM);
  const processedBefore = await db.count('processed_event');
  expect(await services.stateFeePayments.handle(captured(['not-a-uuid']))).toEqual({ status: 'malformed' });
  expect(await services.stateFeePayments.handle(captured([application.id], { payload: { capturedAt: 'yesterday' } }))).toEqual({ status: 'malformed' });
  expect(await db.count('processed_event')).toBe(processedBefore);
  expect((await reload(application.id)).stateFeePaidAt).toBeNull();
});

test('a free application is never marked paid; a withdrawn unpaid one shows CANCELLED', async () => {
  const free = await submit(services, newUserId());
  expect(await services.stateFeePayments.handle(captured([free.id]))).toEqual({ status: 'applied', applicationsPaid: 0 });
  expect(stateFeeStatusOf(await reload(free.id))).toBe(StateFeeStatus.NOT_REQUIRED);
  expect(stateFeeStatusOf({ status: 'WITHDRAWN', stateFeeKopecks: 20_000, stateFeePaidAt: null })).toBe(StateFeeStatus.CANCELLED);
  expect(stateFeeStatusOf({ status: 'REJECTED', stateFeeKopecks: 20_000, stateFeePaidAt: new Date() })).toBe(StateFeeStatus.PAID);
});
