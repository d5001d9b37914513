import { subgraphClient, SubgraphCallError } from '@eco/kit';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpChildrenClient } from '../src/children/children-client';

/* HttpChildrenClient against a real HTTP server answering `_entities` for Child as identity does. */

const CHILD = { id: 'c0000000-0000-4000-8000-000000000001', birthDate: '2021-05-04' };
const asked: { authorization?: string; requestId?: string; representations: unknown[] }[] = [];

// Only the parent's token sees the child; anyone else gets null with an error at its index.
const identity = http.createServer(async (req, res) => {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const { variables } = JSON.parse(raw) as { variables: { representations: { id: string }[] } };
  asked.push({ authorization: req.headers.authorization, requestId: req.headers['x-request-id'] as string | undefined, representations: variables.representations });
  const parent = req.headers.authorization === 'Bearer parent-token';
  const known = variables.representations[0].id === CHILD.id;
  const refused = known && !parent ? { errors: [{ message: 'Forbidden', path: ['_entities', 0, 'birthDate'], extensions: { code: 'FORBIDDEN' } }] } : {};
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { _entities: [known ? (parent ? CHILD : { id: CHILD.id, birthDate: null }) : null] }, ...refused }));
});

let children: HttpChildrenClient;

beforeAll(async () => {
  await once(identity.listen(0, '127.0.0.1'), 'listening');
  children = new HttpChildrenClient(subgraphClient('identity', { identity: `http://127.0.0.1:${(identity.address() as AddressInfo).port}/graphql` }));
});

afterAll(() => new Promise((resolve) => identity.close(resolve)));

beforeEach(() => {
  asked.length = 0;
});

describe('HttpChildrenClient', () => {
  it("gives the caller's own child, asking identity with the caller's token and request id", async () => {
    expect(await children.childOfCaller(CHILD.id, 'parent-token', 'req-children-01')).toEqual(CHILD);
    expect(asked).toEqual([{ authorization: 'Bearer parent-token', requestId: 'req-children-01', representations: [{ id: CHILD.id, __typename: 'Child' }] }]);
  });

  it("answers another parent's child exactly like a missing one, and asks nothing without a token", async () => {
    expect(await children.childOfCaller(CHILD.id, 'other-token')).toBeNull();
    expect(await children.childOfCaller('c0000000-0000-4000-8000-0000000000ff', 'parent-token')).toBeNull();
    expect(asked).toHaveLength(2);
    expect(await children.childOfCaller(CHILD.id, null)).toBeNull();
    expect(asked).toHaveLength(2);
  });

  it('is a SubgraphCallError when identity cannot be reached', async () => {
    const nowhere = new HttpChildrenClient(subgraphClient('identity', { identity: 'http://127.0.0.1:1/graphql' }));
    await expect(nowhere.childOfCaller(CHILD.id, 'parent-token')).rejects.toBeInstanceOf(SubgraphCallError);
  });
});
