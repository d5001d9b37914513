import { buildSchema, parse } from 'graphql';
import { gatewayConfigFrom } from '../src/config';
import { actualCost, ASSUMED_LIST_SIZE, MUTATION_COST, requestedCost } from '../src/limits/query-cost';
import { DEFAULT_COST_BUDGET, DEFAULT_QUERY_LIMITS } from '../src/limits/query-limits';
import { exceedsTokenLimit } from '../src/limits/token-limit';

const schema = buildSchema(/* GraphQL */ `
  type Query { me: User, services(first: Int): ServiceConnection!, departments: [Department!]! }
  type Mutation { submit(title: String!): Service! }
  type User { id: ID!, name: String }
  type ServiceConnection { edges: [ServiceEdge!]!, totalCount: Int! }
  type ServiceEdge { node: Service! }
  type Service { id: ID!, department: Department! }
  type Department { id: ID! }
`);
const cost = (query: string, variables?: Record<string, unknown>) => requestedCost(schema, parse(query), variables, undefined);

describe('the cost model', () => {
  it('charges objects, not scalars', () => {
    expect(cost('{ me { id name } }')).toBe(1);
  });

  it('multiplies a connection by its page size (default 20, at most 100), also from variables', () => {
    expect(cost('{ services(first: 5) { totalCount edges { node { id department { id } } } } }')).toBe(1 + 5 * 3);
    expect(cost('{ services { edges { node { id } } } }')).toBe(1 + 20 * 2);
    expect(cost('{ services(first: 1000) { edges { node { id } } } }')).toBe(1 + 100 * 2);
    expect(cost('query ($n: Int) { services(first: $n) { edges { node { id } } } }', { n: 7 })).toBe(1 + 7 * 2);
  });

  it('counts a plain list as ASSUMED_LIST_SIZE items, a mutation as MUTATION_COST more, introspection as nothing', () => {
    expect(cost('{ departments { id } }')).toBe(ASSUMED_LIST_SIZE);
    expect(cost('mutation { submit(title: "x") { id } }')).toBe(MUTATION_COST + 1);
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });

  it('prices what came back: objects in the data, plus the mutation fields that ran', () => {
    expect(actualCost({ services: { totalCount: 2, edges: [{ node: { id: '1' } }, { node: { id: '2' } }] } }, 0)).toBe(1 + 2 * 2);
    expect(actualCost({ me: null }, 0)).toBe(0);
    expect(actualCost({ submit: { id: '1' } }, 1)).toBe(1 + MUTATION_COST);
    expect(actualCost(null, 0)).toBe(0);
  });
});

describe('the token limit', () => {
  it('counts lexical tokens and leaves syntax errors to the parser', () => {
    expect(exceedsTokenLimit('{ me { id } }', 6)).toBe(false);
    expect(exceedsTokenLimit('{ me { id } }', 5)).toBe(true);
    expect(exceedsTokenLimit('{ me { id "unterminated', 3)).toBe(true);
    expect(exceedsTokenLimit('{ me { "unterminated', 100)).toBe(false);
  });
});

describe('limit configuration', () => {
  it('has defaults and takes each limit from the environment', () => {
    const defaults = gatewayConfigFrom([], {});
    expect(defaults.limits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(defaults.costBudget).toEqual(DEFAULT_COST_BUDGET);
    const set = gatewayConfigFrom([], { QUERY_MAX_DEPTH: '7', QUERY_MAX_COST: '900', COST_BUDGET_POINTS: '100', COST_BUDGET_WINDOW_SECONDS: '10' });
    expect(set.limits).toMatchObject({ maxDepth: 7, maxCost: 900 });
    // TEST keys get a tenth of the standard bucket unless set on their own.
    expect(set.costBudget).toEqual({ standard: { maximumAvailable: 100, windowSeconds: 10 }, testKeys: { maximumAvailable: 10, windowSeconds: 10 } });
    const test = gatewayConfigFrom([], { COST_BUDGET_TEST_POINTS: '50', COST_BUDGET_TEST_WINDOW_SECONDS: '5' });
    expect(test.costBudget).toEqual({ standard: DEFAULT_COST_BUDGET.standard, testKeys: { maximumAvailable: 50, windowSeconds: 5 } });
  });

  it('refuses a limit that is not a positive whole number, naming the variable', () => {
    expect(() => gatewayConfigFrom([], { QUERY_MAX_DEPTH: '0' })).toThrow(/QUERY_MAX_DEPTH/);
    expect(() => gatewayConfigFrom([], { QUERY_MAX_TOKENS: 'lots' })).toThrow(/QUERY_MAX_TOKENS/);
    expect(() => gatewayConfigFrom([], { COST_BUDGET_POINTS: '1.5' })).toThrow(/COST_BUDGET_POINTS/);
    expect(() => gatewayConfigFrom([], { COST_BUDGET_TEST_POINTS: '-3' })).toThrow(/COST_BUDGET_TEST_POINTS/);
  });
});
