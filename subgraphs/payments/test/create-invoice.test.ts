import { generateUin, subgraphClient, testViewer as viewer } from '@eco/kit';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HttpSourceItemsClient } from '../src/sources/source-items-client';
import { execute, errorCodes } from './support/execute';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** A valid UIN as taxes-fines gives a traffic-police fine. */
const fineUin = () => generateUin('18810177');

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice { id uin amountKopecks source sourceIds status dueDate purpose payer { id } }
      userErrors { field code message }
    }
  }
`;

describe('createInvoice for fines and taxes (SourceItemsClient)', () => {
  let db: TestDatabase;
  const ownerId = randomUUID();
  const owner = { ...viewer(ownerId), token: `token-${ownerId}` };
  const otherId = randomUUID();
  const other = { ...viewer(otherId), token: `token-${otherId}` };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const create = (input: Record<string, unknown>, who = owner) => execute(db.services, CREATE, { viewer: who, variables: { input } });

  it('creates ONE invoice for all selected fines: the sum, a fresh valid UIN, due in 20 days; forwarding the caller token', async () => {
    const a = db.sourceItems.add('Fine', owner.token, { uin: fineUin(), amountDue: 50_000 });
    const b = db.sourceItems.add('Fine', owner.token, { uin: fineUin(), amountDue: 25_050 });
    const result = await create({ source: 'FINE', sourceIds: [a, b] });
    expect(result.errors).toBeUndefined();
    const invoice = result.data?.createInvoice.invoice;
    expect(invoice).toMatchObject({ amountKopecks: 75_050, source: 'FINE', sourceIds: [a, b], status: 'UNPAID', payer: { id: ownerId } });
    expect(new Date(invoice.dueDate).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(invoice.purpose).toContain('Оплата штрафов');
    expect(db.sourceItems.calls.at(-1)).toEqual({ kind: 'Fine', ids: [a, b], token: owner.token });
    // Both fines now point at the invoice.
    const fine = await execute(db.services, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Fine { invoice { id } } } }`, {
      viewer: owner,
      variables: { r: [{ __typename: 'Fine', id: b }] },
    });
    expect(fine.data?._entities[0].invoice.id).toBe(invoice.id);
    // Already on an unpaid invoice: refused.
    const again = await create({ source: 'FINE', sourceIds: [b] });
    expect(again.data?.createInvoice.userErrors[0]).toMatchObject({ field: 'sourceIds.0', code: 'SOURCE_ITEM_ALREADY_INVOICED' });
  });

  it('accepts the seeded fine whose UIN needs the check digit’s second pass (issue 10)', async () => {
    // 18810177260000000027: the first pass leaves 10, the second (3,…,10,1,2) gives 7.
    const fine = db.sourceItems.add('Fine', owner.token, { uin: '18810177260000000027', amountDue: 1_500 });
    const result = await create({ source: 'FINE', sourceIds: [fine] });
    expect(result.data?.createInvoice.userErrors).toEqual([]);
    expect(result.data?.createInvoice.invoice).toMatchObject({ amountKopecks: 1_500, sourceIds: [fine] });
  });

  it('refuses foreign, unknown and non-payable items, and an item whose UIN has a wrong control digit — storing nothing', async () => {
    const before = await db.count('invoice');
    const foreign = db.sourceItems.add('Fine', other.token, { uin: fineUin(), amountDue: 1_000 });
    const notPayable = db.sourceItems.add('Fine', owner.token, { uin: fineUin(), amountDue: 1_000, payable: false });
    const good = fineUin();
    const badUin = good.slice(0, -1) + String((Number(good[19]) + 1) % 10);
    const corrupt = db.sourceItems.add('Fine', owner.token, { uin: badUin, amountDue: 1_000 });
    const result = await create({ source: 'FINE', sourceIds: [foreign, randomUUID(), notPayable, corrupt] });
    expect(result.data?.createInvoice.invoice).toBeNull();
    expect(result.data?.createInvoice.userErrors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['sourceIds.0', 'SOURCE_ITEM_NOT_FOUND'],
      ['sourceIds.1', 'SOURCE_ITEM_NOT_FOUND'],
      ['sourceIds.2', 'SOURCE_ITEM_NOT_PAYABLE'],
      ['sourceIds.3', 'UIN_CHECKSUM'],
    ]);
    // A fine is not a tax.
    const tax = await create({ source: 'TAX', sourceIds: [db.sourceItems.add('Fine', owner.token, { uin: fineUin(), amountDue: 1 })] });
    expect(tax.data?.createInvoice.userErrors[0].code).toBe('SOURCE_ITEM_NOT_FOUND');
    expect((await create({ source: 'STATE_FEE', sourceIds: [randomUUID()] })).data?.createInvoice.userErrors[0].code).toBe('SOURCE_NOT_ALLOWED');
    expect((await create({ source: 'FINE', sourceIds: [] })).data?.createInvoice.userErrors[0].code).toBe('SOURCE_IDS_REQUIRED');
    expect(await db.count('invoice')).toBe(before);
  });

  it('is for signed-in citizens only', async () => {
    expect(errorCodes(await execute(db.services, CREATE, { variables: { input: { source: 'FINE', sourceIds: [] } } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('HttpSourceItemsClient calls _entities with the caller token and maps refused entities to null', async () => {
    const seen: { auth?: string; body: { query: string; variables: { representations: { __typename: string; id: string }[] } } }[] = [];
    const mine = randomUUID();
    const theirs = randomUUID();
    const uin = fineUin();
    // A tiny stand-in for taxes-fines answering _entities the way a shielded subgraph does.
    const app = express();
    app.post('/graphql', express.json(), (req, res) => {
      seen.push({ auth: req.headers.authorization, body: req.body });
      const reps = req.body.variables.representations as { __typename: string; id: string }[];
      const errors: unknown[] = [];
      const entities = reps.map((rep, index) => {
        if (rep.id === mine && req.headers.authorization === 'Bearer caller-token') return { id: mine, uin, amountDue: 300, payable: true };
        if (rep.id === theirs) errors.push({ message: 'Not allowed', path: ['_entities', index, 'uin'], extensions: { code: 'FORBIDDEN' } });
        return rep.id === theirs ? { id: theirs, uin: null, amountDue: null, payable: null } : null;
      });
      res.json({ data: { _entities: entities }, ...(errors.length ? { errors } : {}) });
    });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = new HttpSourceItemsClient(subgraphClient('taxes-fines', { 'taxes-fines': `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` }));
      const items = await client.fetch('Fine', [mine, theirs, randomUUID()], 'caller-token');
      expect(items).toEqual([{ id: mine, uin, amountDue: 300, payable: true }, null, null]);
      expect(seen[0].auth).toBe('Bearer caller-token');
      expect(seen[0].body.query).toContain('... on Fine { id uin amountDue payable }');
      expect(seen[0].body.variables.representations[0]).toEqual({ __typename: 'Fine', id: mine });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await expect(new HttpSourceItemsClient(subgraphClient('taxes-fines', { 'taxes-fines': 'http://127.0.0.1:1/graphql' })).fetch('Fine', [mine], null)).rejects.toThrow('taxes-fines');
  });
});
