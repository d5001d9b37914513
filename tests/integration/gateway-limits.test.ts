import { randomBytes } from 'node:crypto';
import { CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { startExtraGateway as startGateway, type ExtraGateway } from '../support/extra-gateway';
import { gatewayUrl, graphql } from '../support/graphql-client';
import { linesWithRequestId } from '../support/service-logs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** `me { applications { … applicant { applications { … } } } }`, `loops` times over: deep and costly. */
function applicationLoop(loops: number, first = 1): string {
  let inner = 'id';
  for (let i = 0; i < loops; i++) inner = `applications(first: ${first}) { edges { node { applicant { ${inner} } } } }`;
  return `{ me { ${inner} } }`;
}

describe('gateway limits on one operation', () => {
  it('refuses an over-deep operation with DEPTH_LIMIT_EXCEEDED before any subgraph is asked', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const requestId = `depth-${randomBytes(4).toString('hex')}`;
    const response = await graphql(gatewayUrl(), applicationLoop(4), {}, { token: citizen.token, headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', limit: { name: 'depth', maximum: 15 } });
    expect(response.errors?.[0].message).toMatch(/depth limit of 15/i);
    expect(linesWithRequestId('applications', requestId)).toEqual([]);
    expect(linesWithRequestId('identity', requestId)).toEqual([]);
    // Three loops stay within the depth limit and are answered.
    const allowed = await graphql(gatewayUrl(), applicationLoop(3), {}, { token: citizen.token });
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses too many aliases, directives or tokens, each with its own code', async () => {
    // Every alias counts, __typename too (the 500-aliases case is in malformed-operations).
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: departments { id }`).join(' ')} }`;
    const directives = `{ __typename ${'@skip(if: false) '.repeat(51)} }`;
    const tokens = `{ ${'__typename '.repeat(5_000)} }`;
    for (const [query, code, name] of [
      [aliases, 'ALIAS_LIMIT_EXCEEDED', 'aliases'],
      [directives, 'DIRECTIVE_LIMIT_EXCEEDED', 'directives'],
      [tokens, 'TOKEN_LIMIT_EXCEEDED', 'tokens'],
    ]) {
      const response = await graphql(gatewayUrl(), query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions).toMatchObject({ code, limit: { name } });
    }
    // Just under each limit passes.
    const fine = await graphql(gatewayUrl(), `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: departments { id }`).join(' ')} }`);
    expect(fine.errors).toBeUndefined();
  });

  it('refuses an operation whose computed cost is over the limit, and prices the others in extensions.cost', async () => {
    const citizen = await loginAs(gatewayUrl(), CITIZEN);
    const costly = await graphql(gatewayUrl(), applicationLoop(2, 100), {}, { token: citizen.token });
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: { name: 'cost', maximum: 5_000 } });

    const query = '{ me { applications(first: 5) { edges { node { id number } } } } }';
    const first = await graphql(gatewayUrl(), query, {}, { token: citizen.token });
    expect(first.errors).toBeUndefined();
    const cost = (first as unknown as { extensions: { cost: { requested: number; actual: number; throttle: Record<string, number> } } }).extensions.cost;
    const shown = first.data?.me.applications.edges.length as number;
    // me (1) + connection (1) + 5 × (edge + node): requested; what came back: actual.
    expect(cost.requested).toBe(1 + 1 + 5 * 2);
    expect(cost.actual).toBe(1 + 1 + shown * 2);
    // The shared test stack gives each caller a large budget (tests/support/test-stack.ts).
    expect(cost.throttle).toMatchObject({ maximumAvailable: 1_000_000, restoreRate: Math.round((1_000_000 / 60) * 100) / 100 });
    // The budget refills continuously (16,666 points a second here): the charge may be back already.
    expect(cost.throttle.currentlyAvailable).toBeLessThanOrEqual(1_000_000);
    expect(Number(first.headers.get('ratelimit-remaining'))).toBe(cost.throttle.currentlyAvailable);
  });
});

describe('cost budgets across gateway processes sharing Redis', () => {
  let one: ExtraGateway;
  let two: ExtraGateway;

  beforeAll(async () => {
    const env = { REDIS_URL, REDIS_KEY_PREFIX: `eco-test-${randomBytes(4).toString('hex')}`, COST_BUDGET_POINTS: '60', COST_BUDGET_WINDOW_SECONDS: '30' };
    [one, two] = await Promise.all([startGateway(env), startGateway(env)]);
  });
  afterAll(async () => {
    await one?.process.stop();
    await two?.process.stop();
  });

  it("throttles a user who spent their budget on another replica (HTTP 429, Retry-After), and not someone else", async () => {
    const citizen = await loginAs(one.url, CITIZEN);
    // The catalog always fills the page, so requested = actual = 1 + 10 × (edge + node) = 21.
    const query = '{ services(first: 10) { edges { node { id } } } }';
    const spend = async (url: string, token: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[]; extensions?: { cost: { throttle: { currentlyAvailable: number } } } } };
    };
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await spend(i % 2 === 0 ? one.url : two.url, citizen.token));
    const throttled = results.find((r) => r.status === 429);
    expect(throttled).toBeDefined();
    expect(Number(throttled!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(throttled!.body.errors?.[0].extensions).toMatchObject({ code: 'THROTTLED', cost: { requested: 21, throttle: { maximumAvailable: 60 } } });
    // What each answered request had left went down across both replicas until it ran out.
    const available = results.filter((r) => r.status === 200).map((r) => r.body.extensions!.cost.throttle.currentlyAvailable);
    expect(available.length).toBeGreaterThan(0);
    expect([...available].sort((a, b) => b - a)).toEqual(available);

    // Another citizen has a budget of their own.
    const other = await loginAs(two.url, CITIZEN_2);
    expect((await spend(two.url, other.token)).status).toBe(200);
  });
});

describe('the execution time limit', () => {
  let hurried: ExtraGateway;
  beforeAll(async () => {
    // A deadline no subgraph can meet: every subgraph call is cut off.
    hurried = await startGateway({ EXECUTION_TIMEOUT_MS: '1' });
  });
  afterAll(async () => {
    await hurried?.process.stop();
  });

  it('answers GATEWAY_TIMEOUT when a department system does not answer in time, and keeps serving', async () => {
    const response = await graphql(hurried.url, '{ departments { id } }');
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['GATEWAY_TIMEOUT']);
    expect(response.data?.departments ?? null).toBeNull();
    // Nothing that needs no subgraph is affected.
    expect((await graphql(hurried.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
