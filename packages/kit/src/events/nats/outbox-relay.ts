import type { Logger } from '../../logging/logger';
import type { RawSqlClient, Outbox } from '../outbox';
import type { OutboxNotices } from '../outbox-notices';
import { eventSubject, type NatsEvents } from './nats-events';

export interface OutboxRelayOptions {
  outbox: Outbox;
  /** The producer's database: the relay keeps its position in `outbox_relay` beside the outbox. */
  db: RawSqlClient;
  nats: NatsEvents;
  notices: OutboxNotices;
  logger: Logger;
  /** A slow safety sweep, in case a notice was lost (default 30 s). */
  sweepMs?: number;
}

const BATCH = 200;
const RETRY_MAX_MS = 5_000;

/**
 * Publishes a producer's committed outbox rows to JetStream, in seq order, with the event id as
 * the message id: a row published twice (a crash between publish and saving the position, two
 * replicas relaying) is dropped by JetStream as a duplicate. Woken by the outbox notices.
 */
export function startOutboxRelay(options: OutboxRelayOptions): { stop(): Promise<void> } {
  const { outbox, db, nats, logger } = options;
  const table = `"${outbox.name}"."outbox_relay"`;
  let stopped = false;
  let wake: (() => void) | null = null;
  let pending = false;
  const nudge = () => {
    pending = true;
    wake?.();
  };
  const offNotice = options.notices.on(outbox.source, nudge);
  const offReconnect = options.notices.onReconnect(nudge);
  // Until the timeout, or earlier on a notice (when `byNotice`) or on stop().
  const sleep = (ms: number, byNotice: boolean) =>
    new Promise<void>((resolve) => {
      if ((byNotice && pending) || stopped) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        if (!byNotice && !stopped) return;
        clearTimeout(timer);
        resolve();
      };
    });

  async function loadPosition(): Promise<bigint> {
    // The relay's own bookkeeping table, created on first use like Prisma's migrations table.
    await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${table} (producer text PRIMARY KEY, seq bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
    const [row] = await db.$queryRawUnsafe<{ seq: string }[]>(`SELECT seq::text AS seq FROM ${table} WHERE producer = $1`, outbox.source);
    return BigInt(row?.seq ?? 0);
  }

  async function savePosition(seq: bigint): Promise<void> {
    await db.$executeRawUnsafe(
      `INSERT INTO ${table} (producer, seq) VALUES ($1, $2::bigint) ON CONFLICT (producer) DO UPDATE SET seq = GREATEST(${table}.seq, EXCLUDED.seq), updated_at = now()`,
      outbox.source,
      seq.toString(),
    );
  }

  async function run(): Promise<void> {
    let position: bigint | null = null;
    let failures = 0;
    while (!stopped) {
      try {
        pending = false;
        position ??= await loadPosition();
        const events = await outbox.readAfter(position, BATCH);
        for (const event of events) {
          await nats.js.publish(eventSubject(nats.prefix, outbox.source, event.type), JSON.stringify(event), { msgID: event.id });
          position = BigInt(event.seq);
        }
        if (events.length) await savePosition(position);
        if (failures) logger.info('outbox relay publishing again');
        failures = 0;
        if (events.length < BATCH) await sleep(options.sweepMs ?? 30_000, true);
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 20 === 0) logger.warn({ err: error, position: position?.toString() }, 'outbox relay cannot publish; retrying');
        await sleep(Math.min(100 * 2 ** failures, RETRY_MAX_MS), false);
      }
    }
  }

  const running = run();
  return {
    async stop() {
      stopped = true;
      offNotice();
      offReconnect();
      wake?.();
      await running;
    },
  };
}
