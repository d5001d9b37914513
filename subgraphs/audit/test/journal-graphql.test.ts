import type { Viewer } from '@eco/kit';
import { ADMIN, CITIZEN, EMPLOYEE, paymentCaptured, paymentRefunded, securityEvent, statusChanged } from './support/events';
import { admin, ANONYMOUS, apiClient, citizen, employee, errorCodes, execute } from './support/graph';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { deliver } from './support/deliver';

let db: TestDatabase;
const applicationId = '00000000-0000-4000-8000-00000000a001';
const paymentId = '00000000-0000-4000-8000-00000000b001';

beforeAll(async () => {
  db = await createTestDatabase();
  // 10 entries over one day: logins, a failed one, an application's life, a payment and its refund.
  const events = [
    securityEvent('login_succeeded', { at: '2026-11-29T08:00:00.000Z', requestId: 'req-login-00001' }),
    securityEvent('login_failed', { actorId: null, subject: { type: 'User', id: CITIZEN }, at: '2026-11-29T08:05:00.000Z' }),
    securityEvent('mfa_verified', { at: '2026-11-29T08:06:00.000Z' }),
    statusChanged({ applicationId, from: null, to: 'SUBMITTED', actorId: CITIZEN, actorRole: 'APPLICANT', at: '2026-11-29T09:00:00.000Z', requestId: 'req-submit-0001' }),
    statusChanged({ applicationId, from: 'SUBMITTED', to: 'REGISTERED', at: '2026-11-29T10:00:00.000Z' }),
    statusChanged({ applicationId, from: 'REGISTERED', to: 'IN_PROGRESS', at: '2026-11-29T11:00:00.000Z' }),
    securityEvent('document_viewed', { subject: { type: 'Document', id: 'doc-77' }, at: '2026-11-29T12:00:00.000Z' }),
    paymentCaptured({ paymentId, at: '2026-11-29T13:00:00.000Z' }),
    paymentRefunded({ paymentId, at: '2026-11-29T14:00:00.000Z' }),
    securityEvent('session_revoked', { subject: { type: 'Session', id: 'sess-1' }, at: '2026-11-29T15:00:00.000Z' }),
  ];
  for (const event of events) await deliver(db.services, event);
});
afterAll(() => db?.close());

const JOURNAL = /* GraphQL */ `
  query ($filter: AuditJournalFilter, $first: Int, $after: String) {
    auditJournal(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id seq action actorId actorType subjectType subjectId requestId occurredAt details prevHash hash } }
    }
  }
`;
const journal = (variables: Record<string, unknown>, viewer: Viewer = admin) => execute(db.services, JOURNAL, { viewer, variables });
const seqs = (result: Awaited<ReturnType<typeof journal>>) => result.data?.auditJournal.edges.map((edge: { node: { seq: string } }) => edge.node.seq);

describe('auditJournal (ADMIN)', () => {
  it('lists everything newest first, with hashes and the chain link', async () => {
    const result = await journal({});
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditJournal.totalCount).toBe(10);
    expect(seqs(result)).toEqual(['10', '9', '8', '7', '6', '5', '4', '3', '2', '1']);
    const [newest, previous] = result.data?.auditJournal.edges.map((edge: { node: unknown }) => edge.node);
    expect(newest).toMatchObject({ action: 'security.session_revoked', subjectType: 'Session', subjectId: 'sess-1', actorType: 'USER', prevHash: previous.hash });
    expect(newest.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('filters by actor, subject, action prefix, request id and time, alone and together', async () => {
    expect(seqs(await journal({ filter: { actorId: CITIZEN } }))).toEqual(['10', '8', '7', '4', '3', '1']);
    expect(seqs(await journal({ filter: { actorId: EMPLOYEE } }))).toEqual(['6', '5']);
    expect(seqs(await journal({ filter: { actorId: ADMIN } }))).toEqual(['9']);
    expect(seqs(await journal({ filter: { subjectType: 'Application', subjectId: applicationId } }))).toEqual(['6', '5', '4']);
    expect(seqs(await journal({ filter: { subjectType: 'Payment', subjectId: paymentId } }))).toEqual(['9', '8']);
    expect(seqs(await journal({ filter: { subjectType: 'Document' } }))).toEqual(['7']);
    expect(seqs(await journal({ filter: { action: 'security.' } }))).toEqual(['10', '7', '3', '2', '1']);
    expect(seqs(await journal({ filter: { action: 'security.login_failed' } }))).toEqual(['2']);
    expect(seqs(await journal({ filter: { action: 'payment.' } }))).toEqual(['9', '8']);
    // LIKE wildcards in the prefix are literal.
    expect(seqs(await journal({ filter: { action: '%' } }))).toEqual([]);
    expect(seqs(await journal({ filter: { action: 'security.login%' } }))).toEqual([]);
    expect(seqs(await journal({ filter: { action: 'security_' } }))).toEqual([]);
    expect(seqs(await journal({ filter: { requestId: 'req-submit-0001' } }))).toEqual(['4']);
    expect(seqs(await journal({ filter: { from: '2026-11-29T09:00:00.000Z', to: '2026-11-29T12:00:00.000Z' } }))).toEqual(['7', '6', '5', '4']);
    expect(seqs(await journal({ filter: { actorId: CITIZEN, action: 'security.', from: '2026-11-29T08:06:00.000Z' } }))).toEqual(['10', '7', '3']);
  });

  it('pages with stable cursors, also while new entries are appended', async () => {
    const first = await journal({ first: 4 });
    expect(seqs(first)).toEqual(['10', '9', '8', '7']);
    expect(first.data?.auditJournal.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // A new entry arrives at the top; the next page continues below the last one seen.
    await deliver(db.services, securityEvent('login_succeeded', { at: '2026-11-29T16:00:00.000Z' }));
    const second = await journal({ first: 4, after: first.data?.auditJournal.pageInfo.endCursor });
    expect(seqs(second)).toEqual(['6', '5', '4', '3']);
    expect(second.data?.auditJournal.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = await journal({ first: 4, after: second.data?.auditJournal.pageInfo.endCursor });
    expect(seqs(last)).toEqual(['2', '1']);
    expect(last.data?.auditJournal.pageInfo.hasNextPage).toBe(false);
    // Filtered pages too.
    const filtered = await journal({ filter: { action: 'security.' }, first: 2 });
    expect(filtered.data?.auditJournal.totalCount).toBe(6);
    expect(seqs(await journal({ filter: { action: 'security.' }, first: 2, after: filtered.data?.auditJournal.pageInfo.endCursor }))).toEqual(['7', '3']);
    // first is capped, not refused.
    expect((await journal({ first: 5000 })).data?.auditJournal.edges).toHaveLength(11);
  });

  it.each([
    ['an invalid cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ['a negative first', { first: -1 }, 'first'],
    ['from after to', { filter: { from: '2026-11-30T00:00:00Z', to: '2026-11-29T00:00:00Z' } }, 'filter.from'],
    ['a subjectId without subjectType', { filter: { subjectId: applicationId } }, 'filter.subjectType'],
    ['an empty action', { filter: { action: '  ' } }, 'filter.action'],
    ['an overlong actor', { filter: { actorId: 'x'.repeat(201) } }, 'filter.actorId'],
  ])('refuses %s with a coded error', async (_name, variables, field) => {
    const result = await journal(variables);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(result.data).toEqual({ auditJournal: null });
  });
});

describe('auditEntry and verifyAuditChain (ADMIN)', () => {
  it('reads one entry by id; an unknown or malformed id is null', async () => {
    const [row] = await db.prisma.auditEntry.findMany({ where: { seq: 4 } });
    const query = `query ($id: ID!) { auditEntry(id: $id) { id seq action requestId details } }`;
    const found = await execute(db.services, query, { viewer: admin, variables: { id: row.id } });
    expect(found.data?.auditEntry).toMatchObject({ id: row.id, seq: '4', action: 'application.status_changed', requestId: 'req-submit-0001', details: { to: 'SUBMITTED' } });
    expect((await execute(db.services, query, { viewer: admin, variables: { id: '00000000-0000-4000-8000-000000000000' } })).data?.auditEntry).toBeNull();
    expect((await execute(db.services, query, { viewer: admin, variables: { id: 'nope' } })).data?.auditEntry).toBeNull();
  });

  it('verifies the chain, whole or a range, and refuses a bad range', async () => {
    const query = `query ($from: String, $to: String) { verifyAuditChain(fromSeq: $from, toSeq: $to) { ok checkedEntries firstBrokenSeq firstBrokenEntry { seq } reason headSeq headHash } }`;
    const all = await execute(db.services, query, { viewer: admin });
    expect(all.errors).toBeUndefined();
    expect(all.data?.verifyAuditChain).toMatchObject({ ok: true, checkedEntries: 11, firstBrokenSeq: null, firstBrokenEntry: null, reason: null, headSeq: '11' });
    expect((await execute(db.services, query, { viewer: admin, variables: { from: '2', to: '5' } })).data?.verifyAuditChain).toMatchObject({ ok: true, checkedEntries: 4 });
    for (const variables of [{ from: '5', to: '2' }, { from: '0' }, { to: 'abc' }]) {
      expect(errorCodes(await execute(db.services, query, { viewer: admin, variables }))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('who may read the journal', () => {
  const QUERIES = {
    auditJournal: `{ auditJournal { totalCount edges { node { id action } } } }`,
    auditEntry: `query ($id: ID!) { auditEntry(id: $id) { id action } }`,
    verifyAuditChain: `{ verifyAuditChain { ok checkedEntries } }`,
  };
  const refused: [string, Viewer, string][] = [
    ['anonymous', ANONYMOUS, 'UNAUTHENTICATED'],
    ['a citizen (even the actor of the entries)', citizen, 'FORBIDDEN'],
    ['an employee', employee, 'FORBIDDEN'],
    ['an API client', apiClient, 'FORBIDDEN'],
  ];

  it.each(refused)('refuses %s every query, and gives away nothing', async (_name, viewer, code) => {
    const [row] = await db.prisma.auditEntry.findMany({ where: { seq: 1 } });
    for (const query of Object.values(QUERIES)) {
      const result = await execute(db.services, query, { viewer, variables: { id: row.id } });
      expect(errorCodes(result)).toEqual([code]);
      expect(Object.values(result.data ?? {})).toEqual(Object.values(result.data ?? {}).map(() => null));
    }
  });

  it.each(refused)('refuses %s AuditEntry through _entities', async (_name, viewer, code) => {
    const [row] = await db.prisma.auditEntry.findMany({ where: { seq: 1 } });
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AuditEntry { id action actorId hash } } }`;
    const result = await execute(db.services, entities, { viewer, variables: { r: [{ __typename: 'AuditEntry', id: row.id }] } });
    expect(new Set(errorCodes(result))).toEqual(new Set([code]));
    expect(JSON.stringify(result.data)).not.toMatch(/security|hash|[0-9a-f]{64}/);
  });

  it('gives the administrator every query and _entities', async () => {
    const [row] = await db.prisma.auditEntry.findMany({ where: { seq: 1 } });
    for (const query of Object.values(QUERIES)) {
      const result = await execute(db.services, query, { viewer: admin, variables: { id: row.id } });
      expect(result.errors).toBeUndefined();
    }
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AuditEntry { id action } } }`;
    const result = await execute(db.services, entities, { viewer: admin, variables: { r: [{ __typename: 'AuditEntry', id: row.id }] } });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ id: row.id, action: 'security.login_succeeded' }]);
  });
});
