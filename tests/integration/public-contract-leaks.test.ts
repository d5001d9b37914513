import { buildSchema, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@eco/stack';
import { apiClientToken, registerCitizen } from '../support/demo-accounts';
import { gatewayUrl, graphql } from '../support/graphql-client';
import { liveClient } from '../support/live-client';

/*
 * Issue 11: for an API client, everything outside the public contract is indistinguishable from a
 * name that does not exist — same message, no "Did you mean", no cost, the same status — over
 * HTTP and over WebSocket. Checked with every private name the full API has and the contract lacks.
 */

const load = (file: string) => buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', file), 'utf8'));
const privateSchema = load('api.graphql');
const publicSchema = load('public.graphql');

const NOWHERE = 'zzNoSuchName';
const userTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));

interface Probe {
  what: string;
  /** The private name, and a document that mentions it where a client would. */
  name: string;
  document: (name: string) => string;
}

/** Each private type, field (of a contract type or a root) and argument, as a client would mention it. */
function privateNames(): Probe[] {
  const probes: Probe[] = [];
  for (const type of userTypes(privateSchema)) {
    const publicType = publicSchema.getType(type.name);
    if (!publicType) {
      if (isObjectType(type) || isInterfaceType(type)) probes.push({ what: `type ${type.name}`, name: type.name, document: (n) => `fragment F on ${n} { __typename } { __typename }` });
      if (isInputObjectType(type)) probes.push({ what: `input ${type.name}`, name: type.name, document: (n) => `query ($v: ${n}) { __typename }` });
      continue;
    }
    if (!isObjectType(type) || !isObjectType(publicType)) continue;
    const publicFields = publicType.getFields();
    for (const field of Object.values(type.getFields())) {
      if (!publicFields[field.name]) {
        const document =
          type.name === 'Query'
            ? (n: string) => `{ ${n} }`
            : type.name === 'Mutation'
              ? (n: string) => `mutation { ${n}(input: {}) }`
              : (n: string) => `fragment F on ${type.name} { ${n} } { __typename }`;
        probes.push({ what: `field ${type.name}.${field.name}`, name: field.name, document });
        continue;
      }
      const publicArgs = new Set(publicFields[field.name].args.map((a) => a.name));
      for (const arg of field.args.filter((a) => !publicArgs.has(a.name))) {
        if (type.name !== 'Query') continue; // root arguments are what a client can reach directly
        const args = publicFields[field.name].args.filter((a) => String(a.type).endsWith('!'));
        probes.push({
          what: `argument ${type.name}.${field.name}(${arg.name})`,
          name: arg.name,
          document: (n) => `{ ${field.name}(${[...args.map((a) => `${a.name}: ${sampleLiteral(String(a.type))}`), `${n}: 1`].join(', ')}) { __typename } }`,
        });
      }
    }
  }
  return probes;
}

function sampleLiteral(type: string): string {
  if (/^ID|^String/.test(type)) return '"x"';
  if (/^Int/.test(type)) return '1';
  return '"x"';
}

async function ask(token: string, query: string) {
  const response = await fetch(gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, unknown> };
  return { status: response.status, body };
}

/** The answer with the probed name replaced in its messages, so a private name and a missing one compare equal. */
function shapeOf(answer: Awaited<ReturnType<typeof ask>>, name: string): string {
  const errors = (answer.body.errors ?? []).map((error) => ({ ...error, message: error.message.split(`"${name}"`).join('"<name>"') }));
  return JSON.stringify({ status: answer.status, body: { ...answer.body, errors } });
}

describe('the public contract hides the private graph', () => {
  let token: string;
  beforeAll(async () => {
    const developer = await registerCitizen(gatewayUrl());
    token = await apiClientToken(gatewayUrl(), developer.token, ['catalog:read', 'stats:read']);
  });

  it('answers every private type, field and argument exactly as a name that does not exist', async () => {
    const probes = privateNames();
    expect(probes.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const probe of probes) {
      const hidden = await ask(token, probe.document(probe.name));
      const missing = await ask(token, probe.document(NOWHERE));
      const text = JSON.stringify(hidden.body);
      if (shapeOf(hidden, probe.name) !== shapeOf(missing, NOWHERE)) leaks.push(`${probe.what}: ${text.slice(0, 200)} vs ${JSON.stringify(missing.body).slice(0, 200)}`);
      else if (/Did you mean/.test(text)) leaks.push(`${probe.what}: suggests ${text.slice(0, 200)}`);
      else if (hidden.body.extensions?.cost) leaks.push(`${probe.what}: charged`);
      else if (!hidden.body.errors?.length) leaks.push(`${probe.what}: answered`);
    }
    expect(leaks).toEqual([]);
    // Thousands of requests in a row: on 2 shared cores beside the rest of the suite, minutes.
  }, 300_000);

  it("suggests nothing even for the contract's own names, and charges nothing for a refused document", async () => {
    const typo = await ask(token, '{ servics(first: 1) { totalCount } }');
    expect(typo.status).toBe(400);
    expect(typo.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['Cannot query field "servics" on type "Query".', 'GRAPHQL_VALIDATION_FAILED']]);
    expect(typo.body.extensions).toBeUndefined();
    // The same operation within the contract runs and reports its cost.
    const ok = await ask(token, '{ services(first: 1) { totalCount } }');
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.extensions?.cost).toBeDefined();
  });

  it('holds subscriptions over WebSocket to the contract too', async () => {
    const client = liveClient(gatewayUrl(), token);
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription { applicationStatusChanged { from to } }' },
          { next: (value) => resolve({ next: value }), error: (error) => resolve({ error }), complete: () => resolve({ complete: true }) },
        );
      });
      expect(JSON.stringify(outcome)).toMatch(/The subscription operation is not supported by the schema/);
      expect(JSON.stringify(outcome)).not.toMatch(/Did you mean/);
    } finally {
      await client.dispose();
    }
  });

  it('answers a bad token with 401 and a Bearer challenge (RFC 6750)', async () => {
    const response = await graphql(gatewayUrl(), '{ services(first: 1) { totalCount } }', {}, { token: `${token}x` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="eco", error="invalid_token"/);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
