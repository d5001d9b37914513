// Live status latency: from the moment an employee's status change is answered over HTTP to
// the moment the applicant's graphql-ws subscription delivers it (outbox → feed → gateway →
// per-event query across subgraphs → WebSocket). Sequential, so it measures latency, not load.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { randomUUID } from 'node:crypto';
import { gql, login } from './graphql.mjs';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function measureLiveLatency(gatewayUrl, rounds = 50) {
  const citizen = await login(gatewayUrl, 'citizen@demo.gosuslugi.local');
  const employee = await login(gatewayUrl, 'employee.mvd@demo.gosuslugi.local');
  const serviceId = (await gql(gatewayUrl, '{ service(code: "mvd-passport-validity-check") { id } }')).service.id;
  const client = createClient({ url: gatewayUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${citizen}` } });
  const arrivals = new Map();
  const dispose = client.subscribe(
    { query: 'subscription { applicationStatusChanged { to application { id service { titleRu } applicant { lastName } } } }' },
    { next: ({ data }) => data.applicationStatusChanged.to === 'REGISTERED' && arrivals.set(data.applicationStatusChanged.application.id, performance.now()), error: () => {}, complete: () => {} },
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const latencies = [];
  for (let i = 0; i < rounds; i++) {
    const submitted = await gql(
      gatewayUrl,
      'mutation ($i: SubmitApplicationInput!) { submitApplication(input: $i) { application { id } } }',
      { i: { serviceId, idempotencyKey: randomUUID(), formData: { series: '4510', number: '123456' } } },
      citizen,
    );
    const id = submitted.submitApplication.application.id;
    await gql(gatewayUrl, 'mutation ($i: RegisterApplicationInput!) { registerApplication(input: $i) { userErrors { code } } }', { i: { applicationId: id } }, employee);
    const answeredAt = performance.now();
    const deadline = answeredAt + 10_000;
    while (!arrivals.has(id) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
    if (arrivals.has(id)) latencies.push(arrivals.get(id) - answeredAt);
  }
  dispose();
  await client.dispose();
  latencies.sort((a, b) => a - b);
  return { rounds, delivered: latencies.length, p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)), max: Math.round(latencies.at(-1)) };
}
