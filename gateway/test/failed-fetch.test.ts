import { failedFetchResponse, MAX_ERRORS_PER_FAILED_FETCH, SubgraphHttpError } from '../src/supergraph/failed-fetch';

const refused = (error: unknown, query: string, count = 0) =>
  failedFetchResponse(query, count, error).errors.map((e) => [e.path, e.extensions?.code, e.message]);

describe('a subgraph call that failed as a whole', () => {
  const down = Object.assign(new TypeError('fetch failed'), { cause: new Error('connect ECONNREFUSED 127.0.0.1:4002') });

  it('puts an error on each root field the call was to fill', () => {
    expect(refused(down, 'query Op($n: Int) { departments { id } services(first: $n) { totalCount } alias: regions { id } }')).toEqual(
      ['departments', 'services', 'alias'].map((f) => [[f], 'SUBGRAPH_UNAVAILABLE', expect.stringMatching(/unavailable/)]),
    );
  });

  it("puts an error on each entity's own fields, not on the entity", () => {
    const query = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { __typename unreadNotificationCount n: notifications { totalCount } } } }';
    expect(refused(down, query, 2).map(([path]) => path)).toEqual([
      ['_entities', 0, 'unreadNotificationCount'],
      ['_entities', 0, 'n'],
      ['_entities', 1, 'unreadNotificationCount'],
      ['_entities', 1, 'n'],
    ]);
  });

  it('bounds the errors of a long entity list', () => {
    const query = 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { a b } } }';
    expect(failedFetchResponse(query, 5_000, down).errors).toHaveLength(MAX_ERRORS_PER_FAILED_FETCH);
  });

  it('says what happened without the address, status text or body', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(refused(timeout, '{ me { id } }')[0][1]).toBe('GATEWAY_TIMEOUT');
    expect(refused(new SubgraphHttpError(401, null), '{ me { id } }')[0][1]).toBe('UNAUTHENTICATED');
    expect(refused(new SubgraphHttpError(502, null), '{ me { id } }')[0][1]).toBe('SUBGRAPH_UNAVAILABLE');
    expect(JSON.stringify(failedFetchResponse('{ me { id } }', 0, down))).not.toMatch(/127\.0\.0\.1|4002|ECONNREFUSED|fetch failed/);
  });

  it("passes on a subgraph's own field errors (path and code), nothing else of them", () => {
    const error = new SubgraphHttpError(401, [{ message: 'Authentication required', path: ['me'], extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at x (/work/y.ts:1:1)'] } }]);
    expect(failedFetchResponse('{ me { id } }', 0, error).errors).toEqual([{ message: 'Authentication required', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }]);
  });
});
