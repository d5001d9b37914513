import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { createLogger, testViewer } from '@eco/kit';
import { buildSchema, GraphQLError } from 'graphql';
import type { GatewayContext } from '../src/auth/gateway-context';
import { CostBudgets } from '../src/limits/cost-budget';
import { MemoryTokenBuckets } from '../src/limits/token-bucket';
import { useCostLimit } from '../src/limits/use-cost-limit';

const schema = buildSchema(/* GraphQL */ `
  type Query { services(first: Int): ServiceConnection!, refused: Boolean }
  type ServiceConnection { edges: [ServiceEdge!]! }
  type ServiceEdge { node: Service! }
  type Service { id: ID! }
`);
const rootValue = {
  services: ({ first }: { first: number }) => ({ edges: Array.from({ length: Math.min(first, 3) }, (_, i) => ({ node: { id: String(i) } })) }),
};
// 1 + 10 × (edge + node) = 21 requested; the resolver fills 3 of the 10: 1 + 3 × 2 = 7 actual.
const TEN = '{ services(first: 10) { edges { node { id } } } }';

/** Another plugin's refusal, thrown while the budget plugin's own hook runs beside it. */
const refuseField: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (request.query?.includes('refused')) throw new GraphQLError('refused by another check', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      },
    };
  },
};

describe('useCostLimit', () => {
  let now = 1_700_000_000_000;
  // 60 points refilled from empty in 30 s: 2 a second.
  const budgets = new CostBudgets({ standard: { maximumAvailable: 60, windowSeconds: 30 }, testKeys: { maximumAvailable: 6, windowSeconds: 30 } }, { buckets: new MemoryTokenBuckets(() => now) });
  const server = new ApolloServer<GatewayContext>({ schema, rootValue, plugins: [refuseField, useCostLimit({ maxCost: 5_000, budgets, apiSchema: () => schema })] });
  const context = { requestId: 'r', logger: createLogger('test', 'silent'), locale: 'ru', viewer: testViewer('u1'), authorization: undefined, acceptLanguage: undefined, deadline: Infinity } as unknown as GatewayContext;
  const run = async (query: string) => {
    const response = await server.executeOperation({ query }, { contextValue: context });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const header = (name: string) => response.http.headers.get(name);
    return { status: response.http.status ?? 200, result, limit: header('ratelimit-limit'), remaining: header('ratelimit-remaining'), reset: header('ratelimit-reset'), retryAfter: header('retry-after') };
  };

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('charges what ran and reports it in extensions.cost and the RateLimit headers alike', async () => {
    const answer = await run(TEN);
    expect(answer.result?.extensions?.cost).toEqual({ requested: 21, actual: 7, throttle: { maximumAvailable: 60, currentlyAvailable: 53, restoreRate: 2 } });
    expect(answer).toMatchObject({ limit: '60', remaining: '53', reset: '4' });
  });

  it('charges nothing for a document refused by validation or by another check, and still tells the level', async () => {
    const invalid = await run('{ nope }');
    expect(invalid).toMatchObject({ limit: '60', remaining: '53' });
    const refused = await run('{ refused services(first: 10) { edges { node { id } } } }');
    expect(refused.result?.errors?.[0].message).toBe('refused by another check');
    expect(refused).toMatchObject({ limit: '60', remaining: '53' });
  });

  it('throttles with HTTP 429, an honest Retry-After and the cost at the top level, then lets the same request through', async () => {
    // Two pages of 10 request 42; each comes back with 3 items, so 2 × 7 = 14 is what they cost.
    const twice = '{ a: services(first: 10) { edges { node { id } } } b: services(first: 10) { edges { node { id } } } }';
    await run(twice);
    // 53 - 14 = 39 left: less than the 42 the same request asks for up front.
    const level = Number((await run('{ __typename }')).remaining);
    expect(level).toBe(39);
    const throttled = await run(twice);
    expect(throttled.status).toBe(429);
    // 42 - 39 = 3 points missing at 2 a second: 1.5 s, said as 2.
    expect(throttled).toMatchObject({ retryAfter: '2', limit: '60', remaining: '39' });
    expect(throttled.result?.extensions?.cost).toEqual({ requested: 42, actual: 0, throttle: { maximumAvailable: 60, currentlyAvailable: 39, restoreRate: 2 } });
    expect(throttled.result?.errors?.[0].extensions).toMatchObject({ code: 'THROTTLED', cost: { requested: 42, actual: 0 } });
    now += 1_000;
    expect((await run(twice)).status).toBe(429);
    now += 1_000;
    const again = await run(twice);
    expect(again.status).toBe(200);
    expect(again.result?.extensions?.cost).toMatchObject({ requested: 42, actual: 14 });
  });

  it('refuses as too costly an operation the budget could never hold', async () => {
    const answer = await run('{ services(first: 30) { edges { node { id } } } }');
    expect(answer.result?.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: { name: 'cost', maximum: 60 } });
  });
});
