import { randomBytes } from 'node:crypto';
import { apiClientToken, CITIZEN, CITIZEN_2, loginAs } from '../support/demo-accounts';
import { startExtraGateway, type ExtraGateway } from '../support/extra-gateway';
import { gatewayUrl } from '../support/graphql-client';

/*
 * The cost budget is a token bucket that refills continuously, shared through Redis: every answer
 * says where the caller stands (RateLimit-* headers, `extensions.cost`), a refused document costs
 * nothing, and a throttled request sent again after its Retry-After goes through.
 */

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// The catalog always fills the page: requested = actual = 1 + 10 × (edge + node) = 21.
const SERVICES = /* GraphQL */ `{ services(first: 10) { edges { node { id } } } }`;
const FREE = /* GraphQL */ `{ __typename }`;
// Five such pages in one operation: 105 points.
const FIVE_PAGES = `{ ${Array.from({ length: 5 }, (_, i) => `p${i}: services(first: 10) { edges { node { id } } }`).join(' ')} }`;

interface Throttle {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}
interface Answer {
  status: number;
  limit: number;
  remaining: number;
  reset: number;
  retryAfter: number | null;
  policy: string | null;
  sentAt: number;
  receivedAt: number;
  body: { errors?: { extensions: Record<string, unknown> }[]; extensions?: { cost: { requested: number; actual: number; throttle: Throttle } } };
}

async function send(url: string, query: string, token?: string, rawBody?: string): Promise<Answer> {
  const sentAt = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: rawBody ?? JSON.stringify({ query }),
  });
  const body = (await response.json()) as Answer['body'];
  const header = (name: string) => (response.headers.has(name) ? Number(response.headers.get(name)) : NaN);
  const retryAfter = response.headers.get('retry-after');
  return {
    status: response.status,
    limit: header('ratelimit-limit'),
    remaining: header('ratelimit-remaining'),
    reset: header('ratelimit-reset'),
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    policy: response.headers.get('ratelimit-policy'),
    sentAt,
    receivedAt: Date.now(),
    body,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Headers and `extensions.cost.throttle` tell the same level; Reset is the time to refill it. */
function expectConsistent(answer: Answer, capacity: number, perSecond: number): void {
  expect(answer.limit).toBe(capacity);
  expect(answer.body.extensions?.cost.throttle).toEqual({ maximumAvailable: capacity, currentlyAvailable: answer.remaining, restoreRate: Math.round(perSecond * 100) / 100 });
  // Remaining is rounded down, so the exact time to full lies within one point of it.
  expect(answer.reset).toBeLessThanOrEqual(Math.ceil((capacity - answer.remaining) / perSecond));
  expect(answer.reset).toBeGreaterThanOrEqual(Math.ceil((capacity - answer.remaining - 1) / perSecond));
}

describe('a cost budget that refills continuously', () => {
  // 600 points, refilled from empty in 60 s: 10 points a second. TEST keys: 50 points, 0.83 a second.
  const CAPACITY = 600;
  const RATE = 10;
  let gateway: ExtraGateway;
  let citizen: { token: string };

  beforeAll(async () => {
    gateway = await startExtraGateway({
      REDIS_URL,
      REDIS_KEY_PREFIX: `eco-refill-${randomBytes(4).toString('hex')}`,
      COST_BUDGET_POINTS: String(CAPACITY),
      COST_BUDGET_WINDOW_SECONDS: '60',
      COST_BUDGET_TEST_POINTS: '50',
    });
    citizen = await loginAs(gateway.url, CITIZEN);
  });
  afterAll(async () => {
    await gateway?.process.stop();
  });

  it('counts down on every answer, charges no refused document, and refills at the advertised rate', async () => {
    const full = await send(gateway.url, FREE, citizen.token);
    expect(full).toMatchObject({ status: 200, limit: CAPACITY, remaining: CAPACITY, reset: 0, policy: `${CAPACITY};w=60` });
    expect(full.body.extensions?.cost).toMatchObject({ requested: 0, actual: 0 });

    const answers: Answer[] = [];
    for (let i = 0; i < 5; i++) answers.push(await send(gateway.url, SERVICES, citizen.token));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.extensions?.cost).toMatchObject({ requested: 21, actual: 21 });
      expectConsistent(answer, CAPACITY, RATE);
    }
    const last = answers[answers.length - 1];
    // 5 × 21 spent; what came back meanwhile is at most the rate times the time it took.
    expect(last.remaining).toBeLessThanOrEqual(CAPACITY - 5 * 21 + Math.ceil((RATE * (last.receivedAt - full.sentAt)) / 1000));
    expect(last.remaining).toBeGreaterThanOrEqual(CAPACITY - 5 * 21 - 1);

    // Refused documents cost nothing, and say where the caller stands too.
    const invalid = await send(gateway.url, '{ noSuchField }', citizen.token);
    expect(invalid.status).toBe(400);
    expect(invalid.remaining).toBeGreaterThanOrEqual(last.remaining);
    const wholeBudget = `{ a: services(first: 100) { edges { node { id department { id } } } } b: services(first: 100) { edges { node { id department { id } } } } }`;
    const tooCostly = await send(gateway.url, wholeBudget, citizen.token);
    expect(tooCostly.status).toBe(400);
    // More than the budget holds when full can never run: refused as too costly, not throttled.
    expect(tooCostly.body.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: { name: 'cost', maximum: CAPACITY } });
    expect(tooCostly.remaining).toBeGreaterThanOrEqual(invalid.remaining);

    // Refused before GraphQL runs (a body that is not JSON, a document over the token limit, a
    // bad token): the same fields, the caller's own budget (an unknown token: the address's).
    const notJson = await send(gateway.url, '', citizen.token, '{"query": ');
    expect(notJson).toMatchObject({ status: 400, limit: CAPACITY, policy: `${CAPACITY};w=60` });
    expect(notJson.remaining).toBeGreaterThanOrEqual(tooCostly.remaining);
    expect(notJson.remaining).toBeLessThan(CAPACITY);
    const overlong = await send(gateway.url, `{ ${Array.from({ length: 6_000 }, () => '__typename').join(' ')} }`, citizen.token);
    expect(overlong.status).toBe(400);
    expect(overlong.remaining).toBeGreaterThanOrEqual(notJson.remaining);
    expect(overlong.remaining).toBeLessThan(CAPACITY);
    // An unknown token is nobody: the address's budget (which this file's sign-ins drew on).
    const badToken = await send(gateway.url, FREE, 'not-a-token');
    expect(badToken).toMatchObject({ status: 401, limit: CAPACITY, policy: `${CAPACITY};w=60` });
    expect(badToken.remaining).toBeGreaterThan(notJson.remaining);

    // Spent well down (minutes of refill away, however slow the machine), then left alone for
    // ~1.5 s, the budget grows by the restore rate times the time that passed.
    let before = tooCostly;
    for (let i = 0; i < 4; i++) before = await send(gateway.url, FIVE_PAGES, citizen.token);
    expect(before.body.extensions?.cost).toMatchObject({ requested: 105, actual: 105 });
    await sleep(1_500);
    const after = await send(gateway.url, FREE, citizen.token);
    expect(after.remaining).toBeLessThan(CAPACITY);
    const grown = after.remaining - before.remaining;
    const shortest = (after.sentAt - before.receivedAt) / 1000;
    const longest = (after.receivedAt - before.sentAt) / 1000;
    expect(grown).toBeGreaterThanOrEqual(Math.floor(RATE * shortest) - 1);
    expect(grown).toBeLessThanOrEqual(Math.ceil(RATE * longest) + 1);
    expectConsistent(after, CAPACITY, RATE);
  });

  it("gives an API client's TEST key a budget of its own, apart from its developer's", async () => {
    const developer = await loginAs(gateway.url, CITIZEN_2);
    const sandboxToken = await apiClientToken(gatewayUrl(), developer.token, ['catalog:read']);
    const sandbox = await send(gateway.url, SERVICES, sandboxToken);
    expect(sandbox.status).toBe(200);
    expect(sandbox.body.extensions?.cost).toMatchObject({ requested: 21, actual: 21 });
    expectConsistent(sandbox, 50, 50 / 60);
    // A fresh key's 50 less 21, plus what refilled while the request ran.
    expect(sandbox.remaining).toBeGreaterThanOrEqual(50 - 21 - 1);
    expect(sandbox.remaining).toBeLessThanOrEqual(50 - 21 + Math.ceil(((50 / 60) * (sandbox.receivedAt - sandbox.sentAt)) / 1000) + 1);
    // The developer's own budget is the standard one, untouched by the key's traffic.
    const own = await send(gateway.url, FREE, developer.token);
    expect(own).toMatchObject({ limit: CAPACITY, remaining: CAPACITY });
  });
});

describe('a throttled request', () => {
  // 120 points, refilled from empty in 12 s: 10 points a second. One 105-point request leaves 15,
  // so the next waits about 9 s.
  let gateway: ExtraGateway;
  beforeAll(async () => {
    gateway = await startExtraGateway({ REDIS_URL, REDIS_KEY_PREFIX: `eco-retry-${randomBytes(4).toString('hex')}`, COST_BUDGET_POINTS: '120', COST_BUDGET_WINDOW_SECONDS: '12' });
  });
  afterAll(async () => {
    await gateway?.process.stop();
  });

  it('is answered 429 with an honest Retry-After and its cost at the top level, and goes through after it', async () => {
    const citizen = await loginAs(gateway.url, CITIZEN);
    let previous: Answer | null = null;
    let throttled: Answer | null = null;
    for (let i = 0; i < 6 && !throttled; i++) {
      const answer = await send(gateway.url, FIVE_PAGES, citizen.token);
      if (answer.status === 429) throttled = answer;
      else previous = answer;
    }
    expect(previous).not.toBeNull();
    expect(throttled).not.toBeNull();
    const refused = throttled as Answer;
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'THROTTLED' });
    expect(refused.body.extensions?.cost).toMatchObject({ requested: 105, actual: 0 });
    expectConsistent(refused, 120, 10);
    // Nothing was taken for the refusal: it holds at least what the last answer left.
    expect(refused.remaining).toBeGreaterThanOrEqual((previous as Answer).remaining);
    // Retry-After is the time until the bucket holds 105 points, not the end of some window.
    expect(refused.retryAfter).toBeGreaterThanOrEqual(Math.max(1, Math.ceil((105 - refused.remaining - 1) / 10)));
    expect(refused.retryAfter).toBeLessThanOrEqual(Math.ceil((105 - refused.remaining) / 10));

    await sleep((refused.retryAfter as number) * 1000);
    const again = await send(gateway.url, FIVE_PAGES, citizen.token);
    expect(again.status).toBe(200);
    expect(again.body.extensions?.cost).toMatchObject({ requested: 105, actual: 105 });
  });
});
