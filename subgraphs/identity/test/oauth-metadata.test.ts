import { oauthMetadata, publicOriginFromEnv, requestOrigin } from '../src/api-clients/oauth-metadata.route';

describe('OAuth authorization server metadata (RFC 8414)', () => {
  it('names the gateway origin the client reached, as the proxy passes it on', () => {
    expect(requestOrigin({ host: 'localhost:4000' })).toBe('http://localhost:4000');
    expect(requestOrigin({ host: 'identity:4001', 'x-forwarded-host': 'api.gosuslugi.example', 'x-forwarded-proto': 'https' })).toBe('https://api.gosuslugi.example');
    // The gateway appends its own hop to what it received: the first value is the client's.
    expect(requestOrigin({ host: 'localhost:4000', 'x-forwarded-host': 'api.gosuslugi.example', 'x-forwarded-proto': 'https,http' })).toBe('https://api.gosuslugi.example');
  });

  it('ignores what is not a plain host or scheme', () => {
    expect(requestOrigin({ host: 'evil.example/path?x=1' })).toBeNull();
    expect(requestOrigin({ 'x-forwarded-host': 'a b' })).toBeNull();
    expect(requestOrigin({})).toBeNull();
    expect(requestOrigin({ host: 'localhost:4000', 'x-forwarded-proto': 'javascript' })).toBe('http://localhost:4000');
  });

  it('takes PUBLIC_ORIGIN as it is, and refuses one with a path', () => {
    expect(publicOriginFromEnv({ PUBLIC_ORIGIN: 'https://api.gosuslugi.example/' })).toBe('https://api.gosuslugi.example');
    expect(publicOriginFromEnv({})).toBeUndefined();
    expect(() => publicOriginFromEnv({ PUBLIC_ORIGIN: 'https://api.gosuslugi.example/v1' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => publicOriginFromEnv({ PUBLIC_ORIGIN: 'ftp://x' })).toThrow(/PUBLIC_ORIGIN/);
  });

  it('describes the client credentials grant only', () => {
    expect(oauthMetadata('https://api.gosuslugi.example', { tokenPath: '/oauth/token', jwksPath: '/.well-known/jwks.json' })).toEqual({
      issuer: 'https://api.gosuslugi.example',
      token_endpoint: 'https://api.gosuslugi.example/oauth/token',
      jwks_uri: 'https://api.gosuslugi.example/.well-known/jwks.json',
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: expect.arrayContaining(['catalog:read', 'stats:read', 'webhooks:manage']),
      response_types_supported: [],
    });
  });
});
