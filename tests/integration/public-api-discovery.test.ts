import { buildClientSchema, buildSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatewayUrl } from '../support/graphql-client';

/*
 * What a third-party developer finds on the gateway's origin before writing any code: the
 * OAuth server's metadata (RFC 8414), a token endpoint that explains itself, and the public
 * contract to download for codegen.
 */

const at = (p: string) => new URL(p, gatewayUrl()).toString();
const committedContract = readFileSync(path.resolve(__dirname, '../../schema/public.graphql'), 'utf8');

describe('OAuth on the gateway origin', () => {
  it('publishes authorization server metadata with the gateway as issuer', async () => {
    const response = await fetch(at('/.well-known/oauth-authorization-server'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const origin = new URL(gatewayUrl()).origin;
    expect(await response.json()).toMatchObject({
      issuer: origin,
      token_endpoint: `${origin}/oauth/token`,
      jwks_uri: `${origin}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: expect.arrayContaining(['catalog:read', 'stats:read', 'webhooks:manage']),
    });
  });

  it('takes the issuer from the forwarded host and scheme a front proxy passes on', async () => {
    const response = await fetch(at('/.well-known/oauth-authorization-server'), { headers: { 'x-forwarded-host': 'api.gosuslugi.example', 'x-forwarded-proto': 'https' } });
    const body = (await response.json()) as { issuer: string; token_endpoint: string };
    expect(body.issuer).toBe('https://api.gosuslugi.example');
    expect(body.token_endpoint).toBe('https://api.gosuslugi.example/oauth/token');
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers %s /oauth/token with 405 JSON and Allow: POST', async (method) => {
    const response = await fetch(at('/oauth/token'), { method });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('downloading the public contract', () => {
  it('serves the SDL the gateway validates API clients against', async () => {
    const response = await fetch(at('/schema/public.graphql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await response.text();
    expect(printSchema(buildSchema(sdl))).toBe(printSchema(buildSchema(committedContract)));
    expect(sdl).not.toContain('registerApiClient');

    const again = await fetch(at('/schema/public.graphql'), { headers: { 'if-none-match': response.headers.get('etag') as string } });
    expect(again.status).toBe(304);
  });

  it('serves the same contract as an introspection result', async () => {
    const response = await fetch(at('/schema/public.json'));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: IntrospectionQuery };
    expect(printSchema(buildClientSchema(data))).toBe(printSchema(buildSchema(committedContract)));
  });

  it('serves nothing else under /schema/', async () => {
    const response = await fetch(at('/schema/supergraph.graphql'));
    expect(response.status).toBe(404);
  });
});
