import { gzipSync } from 'node:zlib';
import { rootFieldProbes, type RootFieldProbe } from '../support/authorization-probe';
import { apiClientToken, EMPLOYEE_MVD, loginAs, registerCitizen } from '../support/demo-accounts';
import { gatewayUrl } from '../support/graphql-client';

/*
 * Issue 10: what a careless or hostile client sends — wrong variable types, unknown operation
 * names, broken JSON and encodings, huge aliases and depths, every mutation with bad input — as
 * anonymous, citizen, employee and API client. Whatever it is: no 5xx, JSON with a code on every
 * error, and nothing of our insides in any answer.
 */

/** What must never appear in an answer: hosts, ports, file paths, stack frames, upstream shapes. */
const LEAKS: [string, RegExp][] = [
  ['host', /localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0/i],
  ['port', /[\w\]]:\d{2,5}\b/],
  ['file path', /\/(work|home|root|tmp|usr)\/|node_modules|\.[jt]s:\d+/],
  ['stack frame', /\bat [\w.<>]+ \(|\n\s+at /],
  ['subgraph name', /serviceName/],
  ['upstream response', /"response"\s*:\s*\{|statusText/],
];

interface RawCase {
  name: string;
  init: RequestInit;
  search?: string;
  /** Answered with data, as documented (e.g. `first` is capped, not refused). */
  answered?: true;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (body: RequestInit['body'], headers: Record<string, string> = JSON_HEADERS): RequestInit => ({ method: 'POST', headers, body });
const postJson = (body: unknown, headers: Record<string, string> = {}) => post(JSON.stringify(body), { ...JSON_HEADERS, ...headers });
const SERVICES = 'query ($q: String, $n: Int) { services(search: $q, first: $n) { totalCount } }';

/** Requests broken at the transport, the JSON, the document, the operation or the variables. */
function rawCorpus(): RawCase[] {
  const deep = (levels: number) => `{ me { ${'applications(first: 1) { edges { node { applicant { '.repeat(levels)}id${' } } } }'.repeat(levels)} } }`;
  return [
    { name: 'variable of the wrong type', init: postJson({ query: SERVICES, variables: { q: 123 } }) },
    { name: 'variable of the wrong type (object)', init: postJson({ query: SERVICES, variables: { q: { a: 1 }, n: 'ten' } }) },
    { name: 'variable out of Int range', init: postJson({ query: SERVICES, variables: { n: 2 ** 40 } }) },
    { name: 'missing required variable', init: postJson({ query: 'query ($q: String!) { services(search: $q, first: 1) { totalCount } }' }) },
    { name: 'null for a required variable', init: postJson({ query: 'query ($q: String!) { services(search: $q, first: 1) { totalCount } }', variables: { q: null } }) },
    { name: 'unknown operationName', init: postJson({ query: 'query A { __typename }', operationName: 'B' }) },
    { name: 'two operations, no operationName', init: postJson({ query: 'query A { __typename } query B { __typename }' }) },
    { name: 'null byte in operationName', init: postJson({ query: 'query A { __typename }', operationName: 'A\u0000' }) },
    { name: 'operationName not a string', init: postJson({ query: '{ __typename }', operationName: 5 }) },
    { name: 'subscription over POST', init: postJson({ query: 'subscription { notificationAdded { __typename } }' }) },
    { name: 'query not a string', init: postJson({ query: { a: 1 } }) },
    { name: 'variables a string', init: postJson({ query: '{ __typename }', variables: '{"a":1}' }) },
    { name: 'extensions an array', init: postJson({ query: '{ __typename }', extensions: [1] }) },
    { name: 'empty body', init: post('') },
    { name: 'broken JSON', init: post('{"query": "{ __typename }"') },
    { name: 'JSON that is a number', init: post('42') },
    { name: 'invalid UTF-8', init: post(Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])) },
    { name: 'gzip that is not gzip', init: post('notgzip', { ...JSON_HEADERS, 'content-encoding': 'gzip' }) },
    { name: 'deflate that is not deflate', init: post('notdeflate', { ...JSON_HEADERS, 'content-encoding': 'deflate' }) },
    { name: 'unknown content-encoding', init: post('{}', { ...JSON_HEADERS, 'content-encoding': 'zstd-ish' }) },
    { name: 'unknown charset', init: post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=koi8-r' }) },
    { name: 'gzip of broken JSON', init: post(gzipSync('{"query":'), { ...JSON_HEADERS, 'content-encoding': 'gzip' }) },
    { name: 'text/plain body (CSRF shape)', init: post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' }) },
    { name: 'parse error', init: postJson({ query: '{ services( { id }' }) },
    { name: 'unknown field', init: postJson({ query: '{ noSuchField }' }) },
    { name: '500 aliases of __typename', init: postJson({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }` }) },
    { name: 'too deep', init: postJson({ query: deep(6) }) },
    { name: 'too many tokens', init: postJson({ query: `{ ${'__typename '.repeat(6_000)} }` }) },
    { name: 'too many directives', init: postJson({ query: `{ __typename ${'@include(if: true) '.repeat(60)} }` }) },
    { name: 'fragment cycle', init: postJson({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }) },
    { name: 'huge first (capped)', init: postJson({ query: '{ services(first: 100000000) { totalCount } }' }), answered: true },
    { name: 'negative first', init: postJson({ query: '{ services(first: -5) { totalCount } }' }) },
    { name: 'a batch', init: postJson([{ query: '{ __typename }' }]) },
    { name: 'mutation over GET', init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, search: `?${new URLSearchParams({ query: 'mutation { logout(input: { refreshToken: "x" }) { success } }' })}` },
    { name: 'GET with broken variables', init: { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, search: `?${new URLSearchParams({ query: SERVICES, variables: '{nope' })}` },
    { name: 'PUT', init: { method: 'PUT', headers: JSON_HEADERS, body: '{}' } },
  ];
}

/** The same document with each variable replaced by a value of the wrong shape. */
function wrongTypedVariants(probe: RootFieldProbe): { query: string; variables: Record<string, unknown> }[] {
  return Object.keys(probe.variables).flatMap((name) =>
    [123, 'not an object', [[1]], null].map((wrong) => ({ query: probe.query, variables: { ...probe.variables, [name]: wrong } })),
  );
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] } | null;
}

async function send(init: RequestInit, token: string | null, search = ''): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(`${gatewayUrl()}${search}`, { ...init, headers });
  const text = await response.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body };
}

/** Everything wrong with one answer, as readable lines (empty when the answer is fine). */
function problemsOf(label: string, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`${label}: HTTP ${answer.status}`);
  if (!/json/.test(answer.contentType) || !answer.body) problems.push(`${label}: not JSON (${answer.contentType}): ${answer.text.slice(0, 120)}`);
  for (const error of answer.body?.errors ?? []) {
    if (!error.extensions?.code) problems.push(`${label}: error without a code: ${error.message}`);
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`${label}: INTERNAL_SERVER_ERROR`);
  }
  const errorsText = JSON.stringify(answer.body?.errors ?? []);
  for (const [what, pattern] of LEAKS) if (pattern.test(errorsText)) problems.push(`${label}: leaks a ${what}: ${errorsText.slice(0, 300)}`);
  return problems;
}

/** Mutations that would sign the shared demo employee out of the other scenarios' sessions. */
const SESSION_ENDING = new Set(['Mutation.logout', 'Mutation.revokeSession', 'Mutation.revokeOtherSessions']);

describe('malformed operations through the gateway', () => {
  const callers: Record<string, string | null> = { anonymous: null };

  beforeAll(async () => {
    const citizen = await registerCitizen(gatewayUrl());
    callers.citizen = citizen.token;
    callers.employee = (await loginAs(gatewayUrl(), EMPLOYEE_MVD)).token;
    callers['API client'] = await apiClientToken(gatewayUrl(), citizen.token, ['catalog:read', 'stats:read']);
  });

  it('answers every broken request with a coded JSON client error, for every caller', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const [caller, token] of Object.entries(callers)) {
      for (const item of rawCorpus()) {
        const answer = await send(item.init, token, item.search);
        sent++;
        problems.push(...problemsOf(`${caller} / ${item.name}`, answer));
        if (!item.answered && answer.status >= 200 && answer.status < 300 && !answer.body?.errors?.length) problems.push(`${caller} / ${item.name}: accepted (${answer.status})`);
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBe(rawCorpus().length * 4);
  });

  it('answers the classic mistakes with their specific codes and 400', async () => {
    const expectations: [string, RequestInit, number, string][] = [
      ['wrong variable type', postJson({ query: SERVICES, variables: { q: 123 } }), 400, 'BAD_USER_INPUT'],
      ['missing variable', postJson({ query: 'query ($q: String!) { services(search: $q) { totalCount } }' }), 400, 'BAD_USER_INPUT'],
      ['unknown operationName', postJson({ query: 'query A { __typename }', operationName: 'B' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
      ['two operations', postJson({ query: 'query A { __typename } query B { __typename }' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
      ['subscription over POST', postJson({ query: 'subscription { notificationAdded { __typename } }' }), 400, 'OPERATION_NOT_SUPPORTED'],
      ['aliases of __typename', postJson({ query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }` }), 400, 'ALIAS_LIMIT_EXCEEDED'],
      ['gzip that is not gzip', post('notgzip', { ...JSON_HEADERS, 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST'],
      ['unknown content-encoding', post('{}', { ...JSON_HEADERS, 'content-encoding': 'zstd-ish' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    const seen = [];
    for (const [name, init, , ] of expectations) {
      const answer = await send(init, null);
      seen.push([name, answer.status, answer.body?.errors?.[0]?.extensions?.code]);
    }
    expect(seen).toEqual(expectations.map(([name, , status, code]) => [name, status, code]));
  });

  it('answers every mutation with bad input, or with variables of the wrong type, without a 5xx or a leak', async () => {
    const mutations = rootFieldProbes().filter((probe) => probe.name.startsWith('Mutation.'));
    expect(mutations.length).toBeGreaterThan(50);
    const problems: string[] = [];
    let sent = 0;
    for (const [caller, token] of Object.entries(callers)) {
      for (const probe of mutations) {
        const variants = [...(caller === 'employee' && SESSION_ENDING.has(probe.name) ? [] : [probe]), ...wrongTypedVariants(probe)];
        for (const variant of variants) {
          const answer = await send(postJson({ query: variant.query, variables: variant.variables }), token);
          sent++;
          problems.push(...problemsOf(`${caller} / ${probe.name} ${JSON.stringify(variant.variables).slice(0, 80)}`, answer));
        }
      }
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(1_000);
    // Thousands of requests in a row: on 2 shared cores beside the rest of the suite, minutes.
  }, 300_000);
});
