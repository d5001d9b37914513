import { applicationDocumentsAttached, type FeedEvent } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { LINK_TTL_MS } from '../src/downloads/signed-links';
import { eicarPdf, pdfBytes, sha256 } from './support/files';
import { eventually } from './support/test-database';
import { uploadFile, startTestServer, type TestServer } from './support/test-server';

/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes vary per query */
let server: TestServer;
const ownerId = randomUUID();
const employeeId = randomUUID();
let tokens: { owner: string; stranger: string; employee: string; otherEmployee: string; admin: string; client: string };
let doc: { id: string; bytes: Buffer };

const attachedEvent = (documentIds: string[], owner = ownerId, departmentId = 'MVD', attachedToId = randomUUID()): FeedEvent => ({
  seq: '0',
  id: randomUUID(),
  type: applicationDocumentsAttached.name,
  source: 'applications',
  occurredAt: new Date().toISOString(),
  subject: { type: 'Application', id: attachedToId },
  audience: { userIds: [], departmentIds: [] },
  payload: { documentIds, ownerId: owner, attachedToType: 'Application', attachedToId, departmentId, requestId: 'req-attach-1' },
});

const row = (id: string) => server.running.services.documents.byIds([id]).then(([found]) => found);
const readEvents = async (id: string) => (await server.running.services.outbox.readAfter(0n, 1000)).filter((e) => e.type === 'document.read' && e.subject.id === id);
const DOWNLOAD_URL = `query($id: ID!) { document(id: $id) { id downloadUrl } }`;

beforeAll(async () => {
  server = await startTestServer();
  const t = server.tokens;
  tokens = {
    owner: t.sign(ownerId),
    stranger: t.sign(randomUUID()),
    employee: t.sign(employeeId, ['EMPLOYEE'], 'MVD'),
    otherEmployee: t.sign(randomUUID(), ['EMPLOYEE'], 'GIBDD'),
    admin: t.sign(randomUUID(), ['ADMIN']),
    client: t.signClient(ownerId, 'client-1', ['applications:read']),
  };
  const bytes = pdfBytes(600 * 1024);
  const uploaded = await uploadFile(server, tokens.owner, bytes, 'Справка о доходах.pdf');
  expect(uploaded.response.status).toBe(200);
  doc = { id: uploaded.id, bytes };
});
afterAll(() => server?.destroy());

describe('GET /documents/<id>/content', () => {
  it('serves the owner the file: type, attachment name (RFC 5987 for Cyrillic), length, ETag', async () => {
    const response = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.owner });
    expect(response.status).toBe(200);
    expect(response.body.equals(doc.bytes)).toBe(true);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(doc.bytes.length),
      etag: `"${sha256(doc.bytes)}"`,
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Справка о доходах.pdf')}`);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    // The owner reading their own file is no event.
    expect(await readEvents(doc.id)).toHaveLength(0);
  });

  it('answers If-None-Match with 304, and byte ranges with 206 / 416', async () => {
    const etag = `"${sha256(doc.bytes)}"`;
    const notModified = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.owner, headers: { 'if-none-match': etag } });
    expect([notModified.status, notModified.body.length]).toEqual([304, 0]);

    const crossing = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.owner, headers: { range: 'bytes=262100-262199' } });
    expect(crossing.status).toBe(206);
    expect(crossing.headers['content-range']).toBe(`bytes 262100-262199/${doc.bytes.length}`);
    expect(crossing.headers['content-length']).toBe('100');
    expect(crossing.body.equals(doc.bytes.subarray(262100, 262200))).toBe(true);

    const suffix = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.owner, headers: { range: 'bytes=-10' } });
    expect(suffix.body.equals(doc.bytes.subarray(doc.bytes.length - 10))).toBe(true);

    const outside = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.owner, headers: { range: `bytes=${doc.bytes.length + 5}-` } });
    expect(outside.status).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${doc.bytes.length}`);
  });

  it('serves a signed link from downloadUrl without a token, for 5 minutes, unchanged only', async () => {
    const url: string = (await server.gql(DOWNLOAD_URL, { id: doc.id }, tokens.owner)).data.document.downloadUrl;
    expect(url).toMatch(new RegExp(`^/documents/${doc.id}/content\\?expires=\\d+&reader=${ownerId}&signature=[\\w-]+$`));
    const viaLink = await server.request('GET', url);
    expect(viaLink.status).toBe(200);
    expect(viaLink.body.equals(doc.bytes)).toBe(true);

    const tampered = await server.request('GET', url.replace(/expires=(\d+)/, (_m, e) => `expires=${Number(e) + 3600}`));
    expect([tampered.status, tampered.json().error.code]).toEqual([403, 'LINK_INVALID']);
    server.clock.advance(LINK_TTL_MS + 1_000);
    try {
      const expired = await server.request('GET', url);
      expect([expired.status, expired.json().error.code]).toEqual([410, 'LINK_EXPIRED']);
    } finally {
      server.clock.current = new Date();
    }
  });

  it('answers 404 alike for someone else, an API client, an unknown id and nonsense; 401 without a token', async () => {
    const answers = await Promise.all([
      server.request('GET', `/documents/${doc.id}/content`, { token: tokens.stranger }),
      server.request('GET', `/documents/${doc.id}/content`, { token: tokens.client }),
      server.request('GET', `/documents/${doc.id}/content`, { token: tokens.employee }), // not attached yet
      server.request('GET', `/documents/${doc.id}/content`, { token: tokens.admin }),
      server.request('GET', `/documents/${randomUUID()}/content`, { token: tokens.owner }),
      server.request('GET', `/documents/not-an-id/content`, { token: tokens.owner }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(new Set(answers.map((a) => a.body.toString())).size).toBe(1);
    expect((await server.request('GET', `/documents/${doc.id}/content`)).status).toBe(401);
    const gql = await server.gql(DOWNLOAD_URL, { id: doc.id }, tokens.stranger);
    expect(gql.data.document).toBeNull();
    expect(gql.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect((await server.gql(DOWNLOAD_URL, { id: randomUUID() }, tokens.stranger)).errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });
});

describe('documents.attached and the department’s employees', () => {
  let attachedToId: string;

  beforeAll(async () => {
    const quarantined = await uploadFile(server, tokens.owner, eicarPdf(), 'bad.pdf');
    const foreign = await uploadFile(server, tokens.stranger, pdfBytes(1_000), 'theirs.pdf');
    const event = attachedEvent([doc.id, quarantined.id, foreign.id, 'not-a-uuid']);
    attachedToId = event.payload.attachedToId as string;
    server.producers.applications.publish(event);
    await eventually(async () => (await row(doc.id))?.attachedToId === attachedToId);
    // Only the owner's clean file is linked.
    expect((await row(quarantined.id))?.attachedToId).toBeNull();
    expect((await row(foreign.id))?.attachedToId).toBeNull();
  });

  it('links the owner’s clean documents only, once: a replay or another record changes nothing', async () => {
    expect(await row(doc.id)).toMatchObject({ attachedToType: 'Application', attachedToId, departmentId: 'MVD' });
    server.producers['taxes-fines'].publish(attachedEvent([doc.id], ownerId, 'GIBDD'));
    const fromEducation = await uploadFile(server, tokens.owner, pdfBytes(2_000), 'benefit.pdf');
    server.producers.education.publish(attachedEvent([fromEducation.id], ownerId, 'EDU'));
    await eventually(async () => (await row(fromEducation.id))?.departmentId === 'EDU');
    await eventually(async () => (await server.count('feed_offset', "consumer = 'documents<-taxes-fines' AND seq >= 1")) === 1);
    expect(await row(doc.id)).toMatchObject({ attachedToId, departmentId: 'MVD' });
  });

  it('lets an employee of that department read it, and journals the read (document.read)', async () => {
    const seen = await server.gql(`query($id: ID!) { document(id: $id) { id fileName attachedToType attachedToId downloadUrl } }`, { id: doc.id }, tokens.employee);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.document).toMatchObject({ id: doc.id, attachedToType: 'Application', attachedToId });

    const response = await server.request('GET', `/documents/${doc.id}/content`, { token: tokens.employee, headers: { 'x-request-id': 'req-read-000001' } });
    expect(response.status).toBe(200);
    const [byToken] = await readEvents(doc.id);
    expect(byToken).toMatchObject({ type: 'document.read', subject: { type: 'Document', id: doc.id }, audience: { userIds: [], departmentIds: [] } });
    expect(byToken.payload).not.toHaveProperty('liveFields');
    expect(byToken.payload).toMatchObject({ documentId: doc.id, ownerId, actorId: employeeId, actorRole: 'EMPLOYEE', departmentId: 'MVD', attachedToType: 'Application', attachedToId, via: 'TOKEN', requestId: 'req-read-000001' });

    const viaLink = await server.request('GET', seen.data.document.downloadUrl);
    expect(viaLink.status).toBe(200);
    const events = await readEvents(doc.id);
    expect(events).toHaveLength(2);
    expect(events[1].payload).toMatchObject({ actorId: employeeId, via: 'SIGNED_LINK' });
    // The feed serves them, for the audit journal.
    const feed = await fetch(`${server.base}/events?after=0&limit=500`, { headers: { authorization: 'Bearer documents-test-feed-token' } });
    expect(((await feed.json()) as any).events.filter((e: any) => e.type === 'document.read')).toHaveLength(2);
  });

  it('gives another department, an administrator and an API client nothing', async () => {
    for (const token of [tokens.otherEmployee, tokens.admin, tokens.client]) {
      expect((await server.request('GET', `/documents/${doc.id}/content`, { token })).status).toBe(404);
    }
    expect((await server.gql(DOWNLOAD_URL, { id: doc.id }, tokens.otherEmployee)).errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect((await server.gql(DOWNLOAD_URL, { id: doc.id }, tokens.client)).errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    // The employee may not see what the scanner said about the owner's files either.
    const reason = await server.gql(`query($id: ID!) { document(id: $id) { quarantineReason } }`, { id: doc.id }, tokens.employee);
    expect(reason.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect(await readEvents(doc.id)).toHaveLength(2);
  });

  it('resolves Document references for the applications subgraph with the same rules', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Document { id fileName status } } }`;
    const representations = [{ __typename: 'Document', id: doc.id }];
    expect((await server.gql(query, { r: representations }, tokens.employee)).data._entities).toEqual([{ id: doc.id, fileName: 'Справка о доходах.pdf', status: 'CLEAN' }]);
    const stranger = await server.gql(query, { r: representations }, tokens.stranger);
    expect(stranger.errors.map((e: any) => e.extensions.code)).toContain('NOT_FOUND');
    expect(JSON.stringify(stranger.data)).not.toContain('Справка');
  });
});
