import { jetstream, jetstreamManager, RetentionPolicy, StorageType, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../../logging/logger';

/** One NATS connection of a process, with the JetStream streams of the event flow in place. */
export interface NatsEvents {
  connection: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Subject prefix (EVENTS_PREFIX, default 'eco'): deployments sharing one NATS stay apart. */
  prefix: string;
  /** The stream of every producer's events. */
  stream: string;
  /** The stream of events a consumer gave up on (see dead-letters.ts). */
  deadLetterStream: string;
  close(): Promise<void>;
}

/** How long a re-published event id is remembered and dropped as a duplicate. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export const eventSubject = (prefix: string, producer: string, eventName: string) => `${prefix}.${producer}.${eventName}`;
export const producerSubjects = (prefix: string, producer: string) => `${prefix}.${producer}.>`;
export const deadLetterSubject = (prefix: string, consumer: string) => `${prefix}-dead.${consumer}`;

export async function connectNatsEvents(options: { url: string; prefix: string; name: string; logger: Logger }): Promise<NatsEvents> {
  const connection = await connect({
    servers: options.url.split(','),
    name: options.name,
    // A restarted NATS is waited for, not given up on: the outbox keeps what could not be published.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
  });
  void (async () => {
    for await (const status of connection.status()) {
      if (status.type === 'disconnect') options.logger.warn('NATS connection lost; reconnecting');
      if (status.type === 'reconnect') options.logger.info('NATS connection back');
    }
  })().catch(() => undefined);
  const jsm = await jetstreamManager(connection);
  const base = options.prefix.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  const stream = `${base}_EVENTS`;
  const deadLetterStream = `${base}_DEAD_LETTERS`;
  await ensureStream(jsm, { name: stream, subjects: [`${options.prefix}.>`], duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
  await ensureStream(jsm, { name: deadLetterStream, subjects: [`${options.prefix}-dead.>`], duplicate_window: nanos(DUPLICATE_WINDOW_MS) });
  return {
    connection,
    js: jetstream(connection),
    jsm,
    prefix: options.prefix,
    stream,
    deadLetterStream,
    async close() {
      await connection.drain().catch(() => undefined);
    },
  };
}

async function ensureStream(jsm: JetStreamManager, config: { name: string; subjects: string[]; duplicate_window: number }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
  } catch {
    // Events are kept on disk (a NATS restart loses none) and for a week: consumers that were
    // down catch up; the outbox stays the source of truth beyond that.
    await jsm.streams.add({ ...config, retention: RetentionPolicy.Limits, storage: StorageType.File, max_age: nanos(7 * 24 * 3_600_000) }).catch(async (error: unknown) => {
      // Another process created it at the same moment.
      await jsm.streams.info(config.name).catch(() => {
        throw error;
      });
    });
  }
}
