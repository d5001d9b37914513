import jwt from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CITIZEN, loginAs } from '../support/demo-accounts';
import { errorCodes, gatewayUrl, graphql } from '../support/graphql-client';
import { eventually, linesWithRequestId } from '../support/service-logs';

const ME = /* GraphQL */ `
  query Me {
    me { id email firstName lastName roles }
  }
`;

describe('authentication through the gateway', () => {
  it('logs in and reads me with the token', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN);
    const response = await graphql(gatewayUrl(), ME, {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.me).toMatchObject({ email: CITIZEN, roles: ['CITIZEN'] });
  });

  it('refuses me without a token with UNAUTHENTICATED', async () => {
    const response = await graphql(gatewayUrl(), ME);
    expect(errorCodes(response)).toContain('UNAUTHENTICATED');
    expect(response.data?.me ?? null).toBeNull();
  });

  it('refuses a token signed by a foreign key before any subgraph is called', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const forged = jwt.sign({ sub: 'someone', roles: ['ADMIN'] }, privateKey, {
      algorithm: 'ES256',
      issuer: 'eco-identity',
      audience: 'eco-graph',
      expiresIn: 600,
      keyid: 'forged-key',
    });
    const requestId = `forged-${Date.now()}`;
    const response = await graphql(gatewayUrl(), ME, {}, { token: forged, headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
    // The gateway logged the refusal; no subgraph ever saw this request id.
    await eventually(() => linesWithRequestId('gateway', requestId), (lines) => lines.length > 0);
    expect(linesWithRequestId('identity', requestId)).toHaveLength(0);
    expect(linesWithRequestId('catalog', requestId)).toHaveLength(0);
  });

  it('refuses an expired token and a malformed header', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN);
    const claims = jwt.decode(token) as jwt.JwtPayload;
    const header = jwt.decode(token, { complete: true })!.header;
    const pem = readFileSync(path.join(process.env.ECO_DATA_DIR!, 'keys/jwt-es256.pem'), 'utf8');
    const expired = jwt.sign({ ...claims, iat: Math.floor(Date.now() / 1000) - 3600, exp: Math.floor(Date.now() / 1000) - 60 }, pem, {
      algorithm: 'ES256',
      keyid: header.kid,
    });
    const expiredResponse = await graphql(gatewayUrl(), ME, {}, { token: expired });
    expect(expiredResponse.status).toBe(401);
    expect(expiredResponse.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(expiredResponse.errors?.[0].message).toMatch(/expired/i);

    const malformed = await graphql(gatewayUrl(), ME, {}, { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
    expect(errorCodes(malformed)).toEqual(['UNAUTHENTICATED']);
  });

  it('forwards the request id to the subgraphs that served the request', async () => {
    const { token } = await loginAs(gatewayUrl(), CITIZEN);
    const requestId = `trace-${Date.now()}`;
    const response = await graphql(gatewayUrl(), ME, {}, { token, headers: { 'x-request-id': requestId } });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const identityLines = await eventually(() => linesWithRequestId('identity', requestId), (lines) => lines.length > 0);
    expect(identityLines.length).toBeGreaterThan(0);
    expect(identityLines[0]).toMatchObject({ userId: expect.any(String) });
  });

  it('has CSRF prevention on: a simple cross-site request is refused', async () => {
    const response = await fetch(`${gatewayUrl()}?query=${encodeURIComponent('{ __typename }')}`, {
      method: 'GET',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
    const allowed = await fetch(`${gatewayUrl()}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
  });

  it('answers introspection in development', async () => {
    const response = await graphql(gatewayUrl(), '{ __schema { queryType { name } } }');
    expect(response.data?.__schema.queryType.name).toBe('Query');
  });
});

