import path from 'node:path';
import { DEFAULT_SUPERGRAPH_PATH, gatewayConfigFrom } from '../src/config';
import { subgraphUrl } from '../src/supergraph/subgraph-url';

describe('gateway configuration', () => {
  it('serves our supergraph by default', () => {
    const config = gatewayConfigFrom([], {});
    expect(config.supergraphPath).toBe(DEFAULT_SUPERGRAPH_PATH);
    expect(config.port).toBe(4000);
    expect(config.production).toBe(false);
  });

  it('takes any supergraph file from --supergraph, before the env variable', () => {
    expect(gatewayConfigFrom(['--supergraph', 'regional.graphql'], { SUPERGRAPH_PATH: 'env.graphql' }).supergraphPath).toBe(
      path.resolve('regional.graphql'),
    );
    expect(gatewayConfigFrom(['--supergraph=other.graphql'], {}).supergraphPath).toBe(path.resolve('other.graphql'));
    expect(gatewayConfigFrom([], { SUPERGRAPH_PATH: 'env.graphql' }).supergraphPath).toBe(path.resolve('env.graphql'));
  });

  it('overrides subgraph URLs per subgraph from the environment', () => {
    const { subgraphUrlOverrides } = gatewayConfigFrom([], {
      SUBGRAPH_IDENTITY_URL: 'http://identity.internal/graphql',
      SUBGRAPH_REGIONAL_PORTAL_URL: 'http://region/graphql',
      UNRELATED_URL: 'http://x',
    });
    expect(subgraphUrl('identity', 'http://localhost:4001/graphql', subgraphUrlOverrides)).toBe('http://identity.internal/graphql');
    expect(subgraphUrl('regional-portal', 'http://declared/graphql', subgraphUrlOverrides)).toBe('http://region/graphql');
    expect(subgraphUrl('catalog', 'http://localhost:4002/graphql', subgraphUrlOverrides)).toBe('http://localhost:4002/graphql');
    expect(() => subgraphUrl('nowhere', undefined, subgraphUrlOverrides)).toThrow(/no URL/);
  });

  it('turns production mode on with NODE_ENV=production, where the event-feed token is required', () => {
    expect(gatewayConfigFrom([], { NODE_ENV: 'production', EVENT_FEED_TOKEN: 'secret' })).toMatchObject({ production: true, eventFeedToken: 'secret' });
    expect(() => gatewayConfigFrom([], { NODE_ENV: 'production' })).toThrow(/EVENT_FEED_TOKEN/);
  });

  it('uses Redis for live events only when REDIS_URL is set', () => {
    expect(gatewayConfigFrom([], {}).redisUrl).toBeNull();
    expect(gatewayConfigFrom([], { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'region77' })).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379',
      redisKeyPrefix: 'region77',
    });
  });
});
