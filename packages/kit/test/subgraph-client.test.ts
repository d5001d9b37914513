import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphCallError, SubgraphClient } from '../src/clients/subgraph-client';

/* The kit's client against a stand-in subgraph that answers what the test says and keeps what it was sent. */

let server: http.Server;
let url: string;
let answer: unknown = {};
let received: { headers: http.IncomingHttpHeaders; body: { query: string; variables: Record<string, unknown> } }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(body) });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

beforeEach(() => {
  received = [];
});

describe('SubgraphClient', () => {
  it("forwards the caller's token and the request id, and gives the data", async () => {
    answer = { data: { me: { id: 'u1' } } };
    const data = await new SubgraphClient({ subgraph: 'identity', url }).query('{ me { id } }', {}, { token: 'caller-token', requestId: 'req-12345678' });
    expect(data).toEqual({ me: { id: 'u1' } });
    expect(received[0].headers).toMatchObject({ authorization: 'Bearer caller-token', 'x-request-id': 'req-12345678' });
  });

  it('turns an answer with errors into a SubgraphCallError carrying their codes', async () => {
    answer = { data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] };
    await expect(new SubgraphClient({ subgraph: 'identity', url }).query('{ me { id } }')).rejects.toMatchObject({ name: 'SubgraphCallError', codes: ['UNAUTHENTICATED'] });
  });

  it('asks _entities for the keys and gives null where the subgraph refused one', async () => {
    answer = {
      data: { _entities: [{ id: 'a', things: [] }, { id: 'b', things: null }, { id: 'c', things: [1] }] },
      errors: [{ message: 'Forbidden', path: ['_entities', 1, 'things'], extensions: { code: 'FORBIDDEN' } }],
    };
    const found = await new SubgraphClient({ subgraph: 'applications', url }).entities('User', [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'id things', { token: 't' });
    expect(found).toEqual([{ id: 'a', things: [] }, null, { id: 'c', things: [1] }]);
    expect(received[0].body.query).toContain('... on User { id things }');
    expect(received[0].body.variables).toEqual({ representations: [{ id: 'a', __typename: 'User' }, { id: 'b', __typename: 'User' }, { id: 'c', __typename: 'User' }] });
  });

  it('is a SubgraphCallError when the subgraph cannot be reached or answers no entities', async () => {
    answer = { errors: [{ message: 'down' }] };
    await expect(new SubgraphClient({ subgraph: 'applications', url }).entities('User', [{ id: 'a' }], 'id')).rejects.toBeInstanceOf(SubgraphCallError);
    const nowhere = new SubgraphClient({ subgraph: 'applications', url: 'http://127.0.0.1:1/graphql', timeoutMs: 1_000 });
    await expect(nowhere.query('{ x }')).rejects.toBeInstanceOf(SubgraphCallError);
  });
});
