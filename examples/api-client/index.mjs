#!/usr/bin/env node
// Getting started with the portal's public API: OAuth 2.0 client credentials, one GraphQL query,
// and (optionally) a webhook receiver that verifies what it gets. Node 20+, no dependencies.
//
//   GATEWAY_URL=http://localhost:4000 CLIENT_ID=eco_ci_… CLIENT_SECRET=eco_live_… node index.mjs
//   … node index.mjs --webhooks        (needs a LIVE key with webhooks:manage; see README.md)
import http from 'node:http';
import { verifyWebhook } from './verify-webhook.mjs';

const GATEWAY_URL = (process.env.GATEWAY_URL ?? 'http://localhost:4000').replace(/\/+$/, '');
const { CLIENT_ID, CLIENT_SECRET } = process.env;
const WEBHOOKS = process.argv.includes('--webhooks');
/** With --webhooks: stop after this many verified deliveries (0 = run until Ctrl+C). */
const MAX_DELIVERIES = Number(process.env.WEBHOOK_MAX_DELIVERIES ?? 0);

if (!CLIENT_ID || !CLIENT_SECRET) {
  console.error('Set CLIENT_ID and CLIENT_SECRET (registerApiClient gives both; see README.md).');
  process.exit(2);
}

async function json(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${response.url} answered HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
}

// 1. Discover the token endpoint (RFC 8414) instead of hard-coding it.
const metadata = await json(await fetch(`${GATEWAY_URL}/.well-known/oauth-authorization-server`));
console.log(`issuer: ${metadata.issuer}`);
console.log(`token endpoint: ${metadata.token_endpoint}`);

// 2. Client credentials grant (RFC 6749 §4.4), the id and secret by HTTP Basic.
const basic = Buffer.from(`${encodeURIComponent(CLIENT_ID)}:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64');
const tokenResponse = await fetch(metadata.token_endpoint, {
  method: 'POST',
  headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ grant_type: 'client_credentials' }),
});
const token = await json(tokenResponse);
if (!tokenResponse.ok) {
  console.error(`token refused: ${token.error} (${token.error_description})`);
  process.exit(1);
}
console.log(`token: ${token.token_type}, expires in ${token.expires_in} s, scope "${token.scope}"`);

/** One GraphQL request with the token; GraphQL errors are printed, not thrown. */
async function graphql(query, variables = {}) {
  const response = await fetch(`${GATEWAY_URL}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = await json(response);
  for (const error of result.errors ?? []) console.error(`GraphQL error ${error.extensions?.code}: ${error.message}`);
  return result.data;
}

// 3. The public contract (GET /schema/public.graphql has all of it).
const data = await graphql(`{ services(first: 5) { totalCount edges { node { code title feeKopecks } } } }`);
if (data?.services) {
  console.log(`services: ${data.services.totalCount} in the catalogue, the first ${data.services.edges.length}:`);
  for (const { node } of data.services.edges) console.log(`  ${node.code}  ${node.title}  (${node.feeKopecks / 100} ₽)`);
}

// 4. Optional: receive webhooks and verify each one's signature and timestamp.
if (WEBHOOKS) await receiveWebhooks();

async function receiveWebhooks() {
  let secret = null;
  let verified = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const check = verifyWebhook({ secret, body, timestamp: req.headers['x-eco-timestamp'], signature: req.headers['x-eco-signature'] });
      if (!check.ok) {
        console.log(`webhook refused (${check.reason})`);
        res.writeHead(400).end();
        return;
      }
      // Deliveries are at least once: de-duplicate by x-eco-event-id in a real receiver.
      const event = JSON.parse(body.toString('utf8'));
      console.log(`webhook verified: ${event.type} ${event.id}`);
      res.writeHead(200).end();
      verified += 1;
      if (MAX_DELIVERIES > 0 && verified >= MAX_DELIVERIES) void stop(0);
    });
  });
  await new Promise((resolve) => server.listen(Number(process.env.WEBHOOK_PORT ?? 0), process.env.WEBHOOK_HOST ?? '127.0.0.1', resolve));
  // The portal must reach this URL; behind NAT use a tunnel and set WEBHOOK_PUBLIC_URL.
  const url = process.env.WEBHOOK_PUBLIC_URL ?? `http://127.0.0.1:${server.address().port}/eco-webhooks`;
  const registered = await graphql(
    `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id url eventTypes } secret userErrors { field code message } } }`,
    { input: { url, eventTypes: (process.env.WEBHOOK_EVENT_TYPES ?? 'application.status_changed').split(',') } },
  );
  const payload = registered?.registerWebhook;
  if (!payload?.endpoint) {
    console.error(`registerWebhook refused: ${JSON.stringify(payload?.userErrors ?? null)}`);
    server.close();
    process.exitCode = 1;
    return;
  }
  secret = payload.secret; // shown once: a real receiver stores it (a secrets manager, not the code)
  console.log(`webhook endpoint ${payload.endpoint.id} registered for ${payload.endpoint.eventTypes.join(', ')}`);
  console.log(`receiving webhooks at ${payload.endpoint.url}`);

  async function stop(code) {
    // The example cleans up after itself: the endpoint stops receiving.
    await graphql(`mutation ($id: ID!) { disableWebhook(input: { id: $id }) { userErrors { code } } }`, { id: payload.endpoint.id });
    console.log('webhook endpoint disabled');
    server.close();
    process.exit(code);
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}
