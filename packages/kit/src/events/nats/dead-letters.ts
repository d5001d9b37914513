import { headers } from '@nats-io/transport-node';
import type { NatsEvents } from './nats-events';
import { deadLetterSubject } from './nats-events';

/** An event a consumer gave up on, with why: what an operator sees and replays. */
export interface DeadLetter {
  /** Its sequence in the dead-letter stream (the id to replay it by). */
  seq: number;
  consumer: string;
  producer: string;
  /** The subject it was published on; a replay publishes it there again. */
  subject: string;
  eventId: string | null;
  error: string;
  deliveries: number;
  failedAt: string;
  /** The event as it was delivered (JSON text). */
  data: string;
}

export async function recordDeadLetter(
  nats: NatsEvents,
  letter: { consumer: string; producer: string; subject: string; data: string; error: unknown; deliveries: number; eventId?: string },
): Promise<void> {
  const body: Omit<DeadLetter, 'seq'> = {
    consumer: letter.consumer,
    producer: letter.producer,
    subject: letter.subject,
    eventId: letter.eventId ?? null,
    error: letter.error instanceof Error ? letter.error.message : String(letter.error),
    deliveries: letter.deliveries,
    failedAt: new Date().toISOString(),
    data: letter.data,
  };
  const msgID = letter.eventId ? `${letter.consumer}:${letter.eventId}` : undefined;
  await nats.js.publish(deadLetterSubject(nats.prefix, letter.consumer.replace(/[^A-Za-z0-9_-]/g, '_')), JSON.stringify(body), msgID ? { msgID } : {});
}

/** The dead letters, oldest first. */
export async function listDeadLetters(nats: NatsEvents, limit = 100): Promise<DeadLetter[]> {
  const info = await nats.jsm.streams.info(nats.deadLetterStream);
  const letters: DeadLetter[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && letters.length < limit; seq += 1) {
    const message = await nats.jsm.streams.getMessage(nats.deadLetterStream, { seq }).catch(() => null);
    if (message) letters.push({ seq, ...(message.json<Omit<DeadLetter, 'seq'>>()) });
  }
  return letters;
}

/**
 * Publishes a dead letter's event again on its subject (every consumer of it sees it once more;
 * they are idempotent by event id, so only the one that failed does anything) and removes it.
 */
export async function replayDeadLetter(nats: NatsEvents, seq: number): Promise<DeadLetter> {
  const message = await nats.jsm.streams.getMessage(nats.deadLetterStream, { seq });
  if (!message) throw new Error(`No dead letter ${seq}`);
  const letter: DeadLetter = { seq, ...(message.json<Omit<DeadLetter, 'seq'>>()) };
  const replay = headers();
  replay.set('Eco-Replay-Of', String(seq));
  // A new message id: the original one is still in the duplicate window.
  await nats.js.publish(letter.subject, letter.data, { msgID: `replay:${letter.consumer}:${seq}`, headers: replay });
  await nats.jsm.streams.deleteMessage(nats.deadLetterStream, seq);
  return letter;
}
