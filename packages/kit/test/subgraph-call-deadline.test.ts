import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callFrom, SubgraphCallCode, SubgraphCallError, SubgraphClient, subgraphClient } from '../src/clients/subgraph-client';
import { DEADLINE_HEADER, deadlineFrom } from '../src/logging/request-id';
import { testViewer } from '../src/testing/test-tokens';
import { runInRequestScope } from '../src/server/request-scope';

/*
 * What a call to another subgraph carries and how long it may take, against a real HTTP server
 * standing in for the other subgraph: it keeps the headers it was sent and answers after `delayMs`.
 */

const other = { url: '', delayMs: 0, seen: [] as http.IncomingHttpHeaders[], server: null as http.Server | null };

beforeAll(async () => {
  other.server = http.createServer((req, res) => {
    other.seen.push(req.headers);
    req.resume();
    const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { ok: true } }));
    if (other.delayMs > 0) setTimeout(answer, other.delayMs).unref();
    else req.on('end', answer);
  });
  await new Promise<void>((resolve) => other.server!.listen(0, '127.0.0.1', resolve));
  other.url = `http://127.0.0.1:${(other.server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  other.server?.closeAllConnections();
  await new Promise((resolve) => other.server?.close(resolve));
});

beforeEach(() => {
  other.seen = [];
  other.delayMs = 0;
});

const client = (timeoutMs?: number) => subgraphClient('catalog', { catalog: other.url }, { timeoutMs });

/** How a call failed, and after how many ms. */
async function failure(call: Promise<unknown>): Promise<{ error: SubgraphCallError; ms: number }> {
  const started = Date.now();
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof SubgraphCallError)) throw new Error(`expected a SubgraphCallError, got ${String(error)}`);
  return { error, ms: Date.now() - started };
}

describe('a call made while serving a request (callFrom)', () => {
  it('inherits the deadline and request id of the request being served, when the caller passes only the token', async () => {
    const deadline = Date.now() + 1_500;
    await runInRequestScope({ deadline, requestId: 'req-scope-01' }, async () => {
      await new Promise((r) => setTimeout(r, 5)); // across an await, as deep in a service
      expect(await client().query('{ ok }', {}, { token: 'caller-token' })).toEqual({ ok: true });
    });
    expect(other.seen[0]).toMatchObject({ authorization: 'Bearer caller-token', 'x-request-id': 'req-scope-01', [DEADLINE_HEADER]: String(deadline) });
    // Outside any request: the client's own timeout, no request id.
    await client().query('{ ok }', {}, {});
    expect(other.seen[1]['x-request-id']).toBeUndefined();
    expect(Number(other.seen[1][DEADLINE_HEADER])).toBeGreaterThan(deadline);
  });

  it('fails at once when the request being served has already run out of time', async () => {
    const { error } = await failure(runInRequestScope({ deadline: Date.now() - 1 }, () => client().query('{ ok }', {}, { token: 't' })));
    expect(error.code).toBe(SubgraphCallCode.DEADLINE_EXCEEDED);
    expect(other.seen).toHaveLength(0);
  });

  it("forwards the caller's token, the request id and the caller's deadline", async () => {
    const deadline = Date.now() + 2_000;
    const ctx = { viewer: { ...testViewer('u1'), token: 'caller-token' }, requestId: 'req-deadline-01', deadline };
    expect(callFrom(ctx)).toEqual({ token: 'caller-token', requestId: 'req-deadline-01', deadline });
    expect(await client().query('{ ok }', {}, callFrom(ctx))).toEqual({ ok: true });
    expect(other.seen).toHaveLength(1);
    expect(other.seen[0]).toMatchObject({ authorization: 'Bearer caller-token', 'x-request-id': 'req-deadline-01', [DEADLINE_HEADER]: String(deadline) });
  });

  it("tells the other subgraph the client's own timeout as the deadline when it ends first, or when the caller has none", async () => {
    const before = Date.now();
    await client(1_000).query('{ ok }', {}, { deadline: before + 60_000 });
    await client(1_000).query('{ ok }');
    const after = Date.now();
    for (const headers of other.seen) {
      const told = Number(headers[DEADLINE_HEADER]);
      expect(told).toBeGreaterThanOrEqual(before + 1_000);
      expect(told).toBeLessThanOrEqual(after + 1_000);
    }
    expect(other.seen).toHaveLength(2);
  });
});

describe('the deadline', () => {
  it('fails a call whose deadline has passed at once, with DEADLINE_EXCEEDED and no request sent', async () => {
    const { error, ms } = await failure(client().query('{ ok }', {}, { token: 't', deadline: Date.now() - 1 }));
    expect(error).toMatchObject({ subgraph: 'catalog', code: SubgraphCallCode.DEADLINE_EXCEEDED });
    expect(ms).toBeLessThan(100);
    await expect(client().entities('Service', [{ id: 's1' }], 'id', { deadline: Date.now() })).rejects.toMatchObject({ code: SubgraphCallCode.DEADLINE_EXCEEDED });
    expect(other.seen).toHaveLength(0);
  });

  // The subgraph takes 5 s to answer; the call waits only for the sooner of the two limits.
  it.each([
    ["the caller's deadline ends first: the call fails at the deadline", 30_000, 300, SubgraphCallCode.DEADLINE_EXCEEDED],
    ["the client's own timeout ends first: the subgraph is UNAVAILABLE, not out of time", 300, 30_000, SubgraphCallCode.UNAVAILABLE],
  ])('shortens the wait to the time left: %s', async (_case, timeoutMs, leftMs, code) => {
    other.delayMs = 5_000;
    const { error, ms } = await failure(client(timeoutMs).query('{ ok }', {}, { deadline: Date.now() + leftMs }));
    expect(error.code).toBe(code);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(2_500);
    expect(other.seen).toHaveLength(1);
  });

  it('is read from an incoming request only when it is a number of ms', () => {
    expect(deadlineFrom('1767225600000')).toBe(1_767_225_600_000);
    expect(deadlineFrom(['1767225600000', '1'])).toBe(1_767_225_600_000);
    for (const bad of [undefined, '', 'soon', '-5', '1e12', '12.5', '9'.repeat(40)]) expect(deadlineFrom(bad)).toBeUndefined();
  });
});

describe('subgraphClient(name, urls)', () => {
  it('finds the subgraph in the URL map', async () => {
    const identity = subgraphClient('identity', { identity: other.url });
    expect(identity).toBeInstanceOf(SubgraphClient);
    expect(await identity.query('{ ok }')).toEqual({ ok: true });
  });

  it('names the environment variable to set when the URL is missing', () => {
    expect(() => subgraphClient('taxes-fines', { catalog: other.url })).toThrow('no URL for the taxes-fines subgraph (set SUBGRAPH_TAXES_FINES_URL)');
    expect(() => subgraphClient('identity', { identity: '' })).toThrow('SUBGRAPH_IDENTITY_URL');
  });
});
