import { randomInt, randomUUID } from 'node:crypto';
import { serviceIdByCode, SIMPLE_MVD_FORM, SIMPLE_MVD_SERVICE, SUBMIT, submitApplication, transition } from '../support/applications';
import { CITIZEN, EMPLOYEE_GIBDD, loginAs, registerCitizen } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql, type GraphQLResponse } from '../support/graphql-client';

/*
 * The API conventions of README.md, held in every subgraph so they cannot drift apart again:
 * - a mutation naming someone else's record by id answers `<ENTITY>_NOT_FOUND` in userErrors,
 *   on the id's field — the very answer a missing id gets (never FORBIDDEN) — and changes nothing;
 * - a reused idempotency key is IDEMPOTENCY_KEY_REUSED and a malformed one IDEMPOTENCY_KEY_INVALID,
 *   in every subgraph that takes one.
 * The records belong to citizens made for this file (and one seeded fine, only read), so the
 * scenarios sharing the stack are not disturbed.
 */

const NOWHERE = '00000000-0000-4000-8000-00000000dead';
type Session = { token: string; userId: string };

/** Runs `mutation` as `intruder` on the owner's id and on an id that exists nowhere; both answers must be the same not-found. */
async function expectNotFoundLikeMissing(
  intruder: Session,
  mutation: string,
  root: string,
  input: (id: string) => Record<string, unknown>,
  ownersId: string,
  expected: { field: string; code: string },
): Promise<void> {
  const foreign = await graphql(gatewayUrl(), mutation, { input: input(ownersId) }, { token: intruder.token });
  const missing = await graphql(gatewayUrl(), mutation, { input: input(NOWHERE) }, { token: intruder.token });
  for (const response of [foreign, missing]) {
    expect({ root, codes: errorCodes(response) }).toEqual({ root, codes: [] });
    expect(response.data?.[root].userErrors).toEqual(expect.arrayContaining([expected]));
  }
  expect(foreign.data).toEqual(missing.data);
}

const payloadOf = (response: GraphQLResponse, root: string) => {
  expect({ root, codes: errorCodes(response) }).toEqual({ root, codes: [] });
  return response.data?.[root];
};

async function poll<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not arrive`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("someone else's record in a mutation is <ENTITY>_NOT_FOUND, exactly like a missing one", () => {
  let owner: Session;
  let intruder: Session;

  beforeAll(async () => {
    owner = await registerCitizen(gatewayUrl());
    intruder = await registerCitizen(gatewayUrl());
  });

  it('applications: another citizen and another department get APPLICATION_NOT_FOUND; the wrong role is FORBIDDEN', async () => {
    const application = await submitApplication(gatewayUrl(), owner.token, await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE));
    const WITHDRAW = 'mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { application { id } userErrors { field code } } }';
    const REGISTER = 'mutation ($input: RegisterApplicationInput!) { registerApplication(input: $input) { application { id } userErrors { field code } } }';
    const byId = (applicationId: string) => ({ applicationId });
    const notFound = { field: 'applicationId', code: 'APPLICATION_NOT_FOUND' };
    await expectNotFoundLikeMissing(intruder, WITHDRAW, 'withdrawApplication', byId, application.id, notFound);
    await expectNotFoundLikeMissing(await loginAs(gatewayUrl(), EMPLOYEE_GIBDD), REGISTER, 'registerApplication', byId, application.id, notFound);
    // Who may call at all is the permission rule's: a citizen doing an employee's action.
    expect(errorCodes(await transition(gatewayUrl(), intruder.token, 'registerApplication', application.id))).toEqual(['FORBIDDEN']);
    const own = await graphql(gatewayUrl(), 'query ($id: ID!) { application(id: $id) { status } }', { id: application.id }, { token: owner.token });
    expect(own.data?.application).toEqual({ status: 'SUBMITTED' });
  });

  it('payments: INVOICE_NOT_FOUND', async () => {
    const invoice = await ownersStateFeeInvoice(owner);
    const PAY = 'mutation ($input: PayInvoiceInput!) { payInvoice(input: $input) { payment { id } userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, PAY, 'payInvoice', (invoiceId) => ({ invoiceId, method: 'SBP', idempotencyKey: `probe-${invoiceId}` }), invoice.id, {
      field: 'invoiceId',
      code: 'INVOICE_NOT_FOUND',
    });
    const read = await graphql(gatewayUrl(), 'query ($id: ID!) { invoice(id: $id) { status } }', { id: invoice.id }, { token: owner.token });
    expect(read.data?.invoice).toEqual({ status: 'UNPAID' });
  });

  it('healthcare: APPOINTMENT_NOT_FOUND', async () => {
    const appointmentId = await bookSomeSlot(owner);
    try {
      const CANCEL = 'mutation ($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointment { id } userErrors { field code } } }';
      await expectNotFoundLikeMissing(intruder, CANCEL, 'cancelAppointment', (id) => ({ appointmentId: id }), appointmentId, {
        field: 'appointmentId',
        code: 'APPOINTMENT_NOT_FOUND',
      });
      const read = await graphql(gatewayUrl(), 'query ($id: ID!) { appointment(id: $id) { status } }', { id: appointmentId }, { token: owner.token });
      expect(read.data?.appointment).toEqual({ status: 'BOOKED' });
    } finally {
      // Give the slot back to the other scenarios.
      await graphql(gatewayUrl(), 'mutation ($id: ID!) { cancelAppointment(input: { appointmentId: $id }) { userErrors { code } } }', { id: appointmentId }, { token: owner.token });
    }
  });

  it('taxes-fines: FINE_NOT_FOUND', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const fines = await graphql(gatewayUrl(), '{ me { fines(first: 1) { edges { node { id } } } } }', {}, { token: citizen.token });
    const fineId = fines.data?.me.fines.edges[0]?.node.id as string;
    expect(fineId).toEqual(expect.any(String));
    const APPEAL = 'mutation ($input: AppealFineInput!) { appealFine(input: $input) { appeal { id } userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, APPEAL, 'appealFine', (id) => ({ fineId: id, text: 'Это был не я' }), fineId, { field: 'fineId', code: 'FINE_NOT_FOUND' });
  });

  it('identity and education: CHILD_NOT_FOUND, SESSION_NOT_FOUND, API_CLIENT_NOT_FOUND', async () => {
    const born = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
    const added = await graphql(
      gatewayUrl(),
      'mutation ($input: AddChildInput!) { addChild(input: $input) { child { id } userErrors { field code } } }',
      { input: { lastName: 'Проверкин', firstName: 'Миша', birthDate: born, sex: 'MALE', birthCertificate: { series: 'II-МЮ', number: String(randomInt(100000, 999999)), issueDate: born } } },
      { token: owner.token },
    );
    const childId = payloadOf(added, 'addChild').child.id as string;

    const REMOVE = 'mutation ($input: RemoveChildInput!) { removeChild(input: $input) { removedChildId userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, REMOVE, 'removeChild', (id) => ({ childId: id }), childId, { field: 'childId', code: 'CHILD_NOT_FOUND' });

    // Education asks identity with the caller's token: another parent's child is "not found" there too.
    const kindergartens = await graphql(gatewayUrl(), '{ kindergartens(first: 1) { edges { node { id } } } }');
    const kindergartenId = kindergartens.data?.kindergartens.edges[0].node.id as string;
    const APPLY = 'mutation ($input: ApplyForKindergartenInput!) { applyForKindergarten(input: $input) { application { id } userErrors { field code } } }';
    const application = (id: string) => ({ childId: id, kindergartenIds: [kindergartenId], desiredStartDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) });
    await expectNotFoundLikeMissing(intruder, APPLY, 'applyForKindergarten', application, childId, { field: 'childId', code: 'CHILD_NOT_FOUND' });

    const sessions = await graphql(gatewayUrl(), '{ mySessions { id } }', {}, { token: owner.token });
    const sessionId = payloadOf(sessions, 'mySessions')[0].id as string;
    const REVOKE = 'mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { revokedSessionId userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, REVOKE, 'revokeSession', (id) => ({ sessionId: id }), sessionId, { field: 'sessionId', code: 'SESSION_NOT_FOUND' });

    const registered = await graphql(
      gatewayUrl(),
      'mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { apiClient { id } userErrors { code } } }',
      { input: { name: 'Проверка соглашений', scopes: ['catalog:read'], keyType: 'TEST' } },
      { token: owner.token },
    );
    const apiClientId = payloadOf(registered, 'registerApiClient').apiClient.id as string;
    const ROTATE = 'mutation ($input: ApiClientIdInput!) { rotateApiClientSecret(input: $input) { clientSecret userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, ROTATE, 'rotateApiClientSecret', (id) => ({ apiClientId: id }), apiClientId, { field: 'apiClientId', code: 'API_CLIENT_NOT_FOUND' });

    // Nothing was taken from the owner.
    const mine = await graphql(gatewayUrl(), '{ me { children { id } } }', {}, { token: owner.token });
    expect(mine.data?.me.children).toEqual([{ id: childId }]);
  });

  it('notifications: NOTIFICATION_NOT_FOUND', async () => {
    const notificationId = await poll(async () => {
      const response = await graphql(gatewayUrl(), '{ me { notifications(first: 1) { edges { node { id } } } } }', {}, { token: owner.token });
      return response.data?.me.notifications.edges[0]?.node.id as string | undefined;
    }, "the owner's first notification");
    const MARK = 'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { updatedCount userErrors { field code } } }';
    await expectNotFoundLikeMissing(intruder, MARK, 'markNotificationsRead', (id) => ({ ids: [id] }), notificationId, { field: 'ids.0', code: 'NOTIFICATION_NOT_FOUND' });
  });
});

describe('idempotency keys: one code family in every subgraph', () => {
  let citizen: Session;

  beforeAll(async () => {
    citizen = await registerCitizen(gatewayUrl());
  });

  it('submitApplication: the same key with other data is IDEMPOTENCY_KEY_REUSED; a blank key IDEMPOTENCY_KEY_INVALID', async () => {
    const serviceId = await serviceIdByCode(gatewayUrl(), SIMPLE_MVD_SERVICE);
    const idempotencyKey = randomUUID();
    const submit = (key: string, formData: object) => graphql(gatewayUrl(), SUBMIT, { input: { serviceId, idempotencyKey: key, formData } }, { token: citizen.token });
    const first = payloadOf(await submit(idempotencyKey, SIMPLE_MVD_FORM), 'submitApplication');
    expect(first.userErrors).toEqual([]);
    const again = payloadOf(await submit(idempotencyKey, SIMPLE_MVD_FORM), 'submitApplication');
    expect(again.application.id).toBe(first.application.id);
    const reused = payloadOf(await submit(idempotencyKey, { ...SIMPLE_MVD_FORM, number: '654321' }), 'submitApplication');
    expect(reused).toMatchObject({ application: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    const blank = payloadOf(await submit('   ', SIMPLE_MVD_FORM), 'submitApplication');
    expect(blank).toMatchObject({ application: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_INVALID' }] });
  });

  it('payInvoice: the same codes', async () => {
    const invoice = await ownersStateFeeInvoice(citizen);
    const PAY = 'mutation ($input: PayInvoiceInput!) { payInvoice(input: $input) { payment { id } userErrors { field code } } }';
    const pay = (input: Record<string, unknown>) => graphql(gatewayUrl(), PAY, { input: { invoiceId: invoice.id, ...input } }, { token: citizen.token });
    const idempotencyKey = randomUUID();
    const card = { testCardNumber: '4000 0000 0000 0002', expiry: '12/30', cvc: '123' };
    const first = payloadOf(await pay({ method: 'CARD', card, idempotencyKey }), 'payInvoice');
    expect(first.userErrors).toEqual([]);
    const reused = payloadOf(await pay({ method: 'SBP', idempotencyKey }), 'payInvoice');
    expect(reused).toEqual({ payment: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_REUSED' }] });
    const blank = payloadOf(await pay({ method: 'SBP', idempotencyKey: '   ' }), 'payInvoice');
    expect(blank).toEqual({ payment: null, userErrors: [{ field: 'idempotencyKey', code: 'IDEMPOTENCY_KEY_INVALID' }] });
  });
});

/** A ZAGS archive certificate has a 200 ₽ state fee: payments bills it from the submission event. */
async function ownersStateFeeInvoice(owner: Session): Promise<{ id: string }> {
  const form = { recordType: 'Рождение', personFullName: { lastName: 'Иванова', firstName: 'Мария' }, eventYear: 1950, purpose: 'Наследство' };
  const application = await submitApplication(gatewayUrl(), owner.token, await serviceIdByCode(gatewayUrl(), 'zags-archive-certificate'), form);
  return poll(async () => {
    const response = await graphql(gatewayUrl(), 'query ($id: ID!) { application(id: $id) { invoice { id } } }', { id: application.id }, { token: owner.token });
    return (response.data?.application?.invoice as { id: string } | null) ?? undefined;
  }, 'the state fee invoice');
}

/** Books the last free slot (at least six hours ahead) of the last specialty that has one: far from what other scenarios take. */
async function bookSomeSlot(patient: Session): Promise<string> {
  const specialties = (await graphql(gatewayUrl(), '{ specialties { id } }')).data?.specialties as { id: string }[];
  const from = new Date(Date.now() + 6 * 3600_000).toISOString();
  for (const specialty of [...specialties].reverse()) {
    const doctors = await graphql(
      gatewayUrl(),
      'query ($s: ID!, $from: DateTime!) { doctors(specialtyId: $s, first: 20) { edges { node { freeSlots(from: $from, first: 100) { edges { node { id } } } } } } }',
      { s: specialty.id, from },
    );
    const slotIds: string[] = (doctors.data?.doctors.edges ?? []).flatMap((d: { node: { freeSlots: { edges: { node: { id: string } }[] } } }) => d.node.freeSlots.edges.map((e) => e.node.id));
    for (const slotId of slotIds.reverse()) {
      const booked = await graphql(gatewayUrl(), 'mutation ($id: ID!) { bookAppointment(input: { slotId: $id }) { appointment { id } } }', { id: slotId }, { token: patient.token });
      const id = booked.data?.bookAppointment.appointment?.id as string | undefined;
      if (id) return id;
    }
  }
  throw new Error('no free slot to book');
}
