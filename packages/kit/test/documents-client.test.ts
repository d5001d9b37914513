import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOCUMENT_MESSAGES, DocumentsClient, type DocumentReference } from '../src/clients/documents-client';
import { DocumentsStandIn } from '../src/testing/documents-stand-in';

/* The kit's document check against a real HTTP server answering `_entities` as the documents subgraph does. */

const OWNER = 'a0000000-0000-4000-8000-000000000001';
const OTHER = 'a0000000-0000-4000-8000-000000000002';
const ids = {
  pdf: 'd0000000-0000-4000-8000-000000000001',
  jpeg: 'd0000000-0000-4000-8000-000000000002',
  quarantined: 'd0000000-0000-4000-8000-000000000003',
  awaiting: 'd0000000-0000-4000-8000-000000000004',
  othersPdf: 'd0000000-0000-4000-8000-000000000005',
  missing: 'd0000000-0000-4000-8000-0000000000ff',
};

let documents: DocumentsStandIn;
let client: DocumentsClient;
const asOwner = { token: DocumentsStandIn.tokenFor(OWNER), requestId: 'req-documents-1' };

beforeAll(async () => {
  documents = await new DocumentsStandIn()
    .add(
      { id: ids.pdf, ownerId: OWNER, status: 'CLEAN', contentType: 'application/pdf', fileName: 'spravka.pdf', size: 1024, purpose: 'APPLICATION' },
      { id: ids.jpeg, ownerId: OWNER, status: 'CLEAN', contentType: 'image/jpeg' },
      { id: ids.quarantined, ownerId: OWNER, status: 'QUARANTINED', contentType: 'application/pdf' },
      { id: ids.awaiting, ownerId: OWNER, status: 'AWAITING_UPLOAD', contentType: 'application/pdf' },
      { id: ids.othersPdf, ownerId: OTHER, status: 'CLEAN', contentType: 'application/pdf' },
    )
    .start();
  client = new DocumentsClient({ url: documents.url });
});

afterAll(() => documents.stop());

beforeEach(() => {
  documents.received.length = 0;
});

const ref = (id: string, field: string, allowedContentTypes?: string[]): DocumentReference => ({ id, field, allowedContentTypes });

describe('DocumentsClient.check', () => {
  it("passes the caller's own clean documents of accepted types, asking once with the caller's token and request id", async () => {
    const check = await client.check([ref(ids.pdf, 'a.fileId', ['application/pdf']), ref(ids.jpeg, 'b.0.fileId', ['image/jpeg', 'image/png'])], asOwner);
    expect(check).toEqual({
      ok: true,
      documents: [
        expect.objectContaining({ id: ids.pdf, status: 'CLEAN', contentType: 'application/pdf' }),
        expect.objectContaining({ id: ids.jpeg, status: 'CLEAN', contentType: 'image/jpeg' }),
      ],
    });
    expect(documents.received).toHaveLength(1);
    expect(documents.received[0]).toMatchObject({
      authorization: `Bearer ${asOwner.token}`,
      requestId: 'req-documents-1',
      representations: [{ __typename: 'Document', id: ids.pdf }, { __typename: 'Document', id: ids.jpeg }],
    });
  });

  it("answers someone else's document exactly like a missing one: DOCUMENT_NOT_FOUND on its field", async () => {
    const check = await client.check([ref(ids.othersPdf, 'proof'), ref(ids.missing, 'other')], asOwner);
    expect(check).toEqual({
      ok: false,
      problems: [
        { field: 'proof', code: 'DOCUMENT_NOT_FOUND' },
        { field: 'other', code: 'DOCUMENT_NOT_FOUND' },
      ],
    });
    // Without a token nothing is anybody's.
    expect(await client.check([ref(ids.pdf, 'proof')], {})).toEqual({ ok: false, problems: [{ field: 'proof', code: 'DOCUMENT_NOT_FOUND' }] });
  });

  it('refuses a quarantined document and one not uploaded yet: DOCUMENT_NOT_CLEAN', async () => {
    const check = await client.check([ref(ids.quarantined, 'x'), ref(ids.awaiting, 'y')], asOwner);
    expect(check).toEqual({
      ok: false,
      problems: [
        { field: 'x', code: 'DOCUMENT_NOT_CLEAN' },
        { field: 'y', code: 'DOCUMENT_NOT_CLEAN' },
      ],
    });
  });

  it("refuses a detected type the field does not accept, naming what it accepts; no list accepts any type", async () => {
    expect(await client.check([ref(ids.pdf, 'photo.fileId', ['image/jpeg'])], asOwner)).toEqual({
      ok: false,
      problems: [{ field: 'photo.fileId', code: 'DOCUMENT_TYPE_NOT_ALLOWED', params: { allowed: 'image/jpeg' } }],
    });
    expect((await client.check([ref(ids.pdf, 'any'), ref(ids.jpeg, 'other', [])], asOwner)).ok).toBe(true);
  });

  it('refuses the same document named twice, on the second field, and asks for it once', async () => {
    const check = await client.check([ref(ids.pdf, 'first'), ref(ids.pdf, 'second')], asOwner);
    expect(check).toEqual({ ok: false, problems: [{ field: 'second', code: 'DOCUMENT_DUPLICATE' }] });
    expect(documents.received[0].representations).toEqual([{ __typename: 'Document', id: ids.pdf }]);
  });

  it('reports every problem at once', async () => {
    const check = await client.check(
      [ref(ids.pdf, 'ok', ['application/pdf']), ref(ids.othersPdf, 'others'), ref(ids.quarantined, 'dirty'), ref(ids.jpeg, 'type', ['application/pdf']), ref(ids.pdf, 'again')],
      asOwner,
    );
    expect(check.ok ? [] : check.problems.map((p) => `${p.field} ${p.code}`).sort()).toEqual(
      ['again DOCUMENT_DUPLICATE', 'dirty DOCUMENT_NOT_CLEAN', 'others DOCUMENT_NOT_FOUND', 'type DOCUMENT_TYPE_NOT_ALLOWED'].sort(),
    );
  });

  it('answers what cannot be an id, and an empty list, without asking', async () => {
    expect(await client.check([ref('', 'a'), ref('../../etc', 'b'), ref('x'.repeat(101), 'c')], asOwner)).toEqual({
      ok: false,
      problems: [
        { field: 'a', code: 'DOCUMENT_NOT_FOUND' },
        { field: 'b', code: 'DOCUMENT_NOT_FOUND' },
        { field: 'c', code: 'DOCUMENT_NOT_FOUND' },
      ],
    });
    expect(await client.check([], asOwner)).toEqual({ ok: true, documents: [] });
    expect(documents.received).toHaveLength(0);
  });
});

describe('the documents subgraph down', () => {
  it('is DOCUMENTS_UNAVAILABLE (no thrown error, no host name) when nothing listens', async () => {
    const down = await new DocumentsStandIn().start();
    const url = down.url;
    await down.stop();
    const check = await new DocumentsClient({ url, timeoutMs: 2_000 }).check([ref(ids.pdf, 'a'), ref(ids.pdf, 'b')], asOwner);
    expect(check).toEqual({ ok: false, problems: [{ field: 'b', code: 'DOCUMENT_DUPLICATE' }, { field: null, code: 'DOCUMENTS_UNAVAILABLE' }] });
    expect(JSON.stringify(check)).not.toContain('127.0.0.1');
    expect(DOCUMENT_MESSAGES.DOCUMENTS_UNAVAILABLE.en).not.toMatch(/http|127\.0\.0\.1|localhost/);
  });

  it('is DOCUMENTS_UNAVAILABLE when it answers without _entities (errors only, or not JSON) or is not configured', async () => {
    let reply = '';
    const broken = http.createServer((_req, res) => res.end(reply));
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/graphql`;
    try {
      const unavailable = { ok: false, problems: [{ field: null, code: 'DOCUMENTS_UNAVAILABLE' }] };
      reply = JSON.stringify({ errors: [{ message: 'Cannot query field "_entities"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
      expect(await new DocumentsClient({ url }).check([ref(ids.pdf, 'a')], asOwner)).toEqual(unavailable);
      reply = '<html>502 Bad Gateway</html>';
      expect(await new DocumentsClient({ url }).check([ref(ids.pdf, 'a')], asOwner)).toEqual(unavailable);
      expect(await new DocumentsClient({ url: null }).check([ref(ids.pdf, 'a')], asOwner)).toEqual(unavailable);
      // With nothing to check, the documents subgraph is not needed at all.
      expect(await new DocumentsClient({ url: null }).check([], asOwner)).toEqual({ ok: true, documents: [] });
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });

  it('finds the documents subgraph in the configured subgraph URLs', async () => {
    expect((await DocumentsClient.fromSubgraphUrls({ documents: documents.url }).check([ref(ids.pdf, 'a')], asOwner)).ok).toBe(true);
  });
});
