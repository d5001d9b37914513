import { dropSchema, type SubgraphConfig, TestTokens } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { startHealthcareSubgraph, type RunningHealthcare } from '../src/main';
import { DEMO_DOCTORS } from '../src/seed-data';
import { DATABASE_URL, PATIENT, PATIENT2 } from './support/test-database';

/** The subgraph exactly as main.ts serves it: HTTP, token verification, seed, feed, .ics route. */
let running: RunningHealthcare;
const tokens = new TestTokens();
const FEED_TOKEN = 'healthcare-test-feed-token';
const dbSchema = `healthcare_http_${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  const config: SubgraphConfig = {
    port: 0,
    databaseUrl: DATABASE_URL,
    dbSchema,
    jwksUrl: '',
    seedDemoData: true,
    production: false,
    dataDir: '/tmp',
    eventFeedToken: FEED_TOKEN,
    redisUrl: null,
    subgraphUrls: {},
  };
  running = await startHealthcareSubgraph(config, {
    keySource: tokens.keySource,
    settings: { cancellationCutoffHours: 2, reminderLeadHours: 24, reminderIntervalMs: 60_000 },
  });
});
afterAll(async () => {
  await running?.stop();
  await dropSchema(DATABASE_URL, dbSchema);
});

async function gql(query: string, variables: object, token?: string) {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('healthcare over HTTP', () => {
  it('books a seeded slot; the .ics is the patient’s only; the event is on the /events feed', async () => {
    const slots = await gql(`query($id: ID!) { doctor(id: $id) { freeSlots(first: 1) { edges { node { id } } } } }`, { id: DEMO_DOCTORS[0].id });
    const slotId = slots.data.doctor.freeSlots.edges[0].node.id;
    const booked = await gql(`mutation($s: ID!) { bookAppointment(input: { slotId: $s }) { appointment { id calendarPath } userErrors { code } } }`, { s: slotId }, tokens.sign(PATIENT));
    expect(booked.data.bookAppointment.userErrors).toEqual([]);
    const { id, calendarPath } = booked.data.bookAppointment.appointment;
    const base = running.url.replace(/\/graphql$/, '');

    const own = await fetch(`${base}${calendarPath}`, { headers: { authorization: `Bearer ${tokens.sign(PATIENT)}`, 'accept-language': 'ru' } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await own.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain(`UID:${id}@healthcare.gosuslugi.local`);
    // Long lines are folded (CRLF + space); unfolded, the doctor's full name is there.
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Приём: Терапевт\\, Смирнова Елена Викторовна');

    expect((await fetch(`${base}${calendarPath}`, { headers: { authorization: `Bearer ${tokens.sign(PATIENT2)}` } })).status).toBe(403);
    expect((await fetch(`${base}/appointments/${randomUUID()}.ics`, { headers: { authorization: `Bearer ${tokens.sign(PATIENT2)}` } })).status).toBe(403);
    expect((await fetch(`${base}${calendarPath}`)).status).toBe(401);
    expect((await fetch(`${base}${calendarPath}`, { headers: { authorization: 'Bearer garbage' } })).status).toBe(401);

    const feed = await fetch(`${base}/events?after=0`, { headers: { authorization: `Bearer ${FEED_TOKEN}` } });
    expect(feed.status).toBe(200);
    const body = (await feed.json()) as { events: { type: string; subject: { id: string } }[] };
    expect(body.events.map((e) => [e.type, e.subject.id])).toContainEqual(['appointment.booked', id]);
    expect((await fetch(`${base}/events?after=0`)).status).toBe(401);
  });
});
