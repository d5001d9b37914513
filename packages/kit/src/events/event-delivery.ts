import type { Logger } from '../logging/logger';
import type { FeedEvent } from './domain-event';
import { startFeedConsumer } from './feed-consumer';
import type { FeedOffsetStore } from './feed-offset-store';
import { feedUrlOf } from './feed-url';
import { connectNatsEvents, type NatsEvents } from './nats/nats-events';
import { startJetStreamConsumer } from './nats/jetstream-consumer';
import { startOutboxRelay } from './nats/outbox-relay';
import type { Outbox, RawSqlClient } from './outbox';
import { listenForOutboxNotices, type OutboxNotices } from './outbox-notices';
import { feedConsumerName } from './producer-feed';
import { subgraphUrlVariable } from '../clients/subgraph-client';

export interface Stoppable {
  stop(): Promise<void>;
}

export interface ConsumeOptions {
  /** This subgraph ('notifications'). */
  consumer: string;
  /** Whose events ('applications'). */
  producer: string;
  /** Must be idempotent by event.id: delivery is at least once. */
  handle: (event: FeedEvent) => Promise<void>;
  /** Where this subgraph keeps its feed positions (PostgreSQL mode; NATS keeps its own). */
  offsets: FeedOffsetStore;
}

/**
 * How committed outbox events travel, one interface for both modes:
 * - 'nats' (NATS_URL set): each producer relays its outbox to JetStream; consumers are durable
 *   JetStream consumers with acks, redelivery with backoff and dead letters;
 * - 'postgres' (the embedded default): consumers read the producer's /events feed, woken by the
 *   outbox's LISTEN/NOTIFY, with a slow safety sweep; nothing polls.
 */
export interface EventDelivery {
  readonly mode: 'nats' | 'postgres';
  /** The process's LISTEN connection: notices of every producer's appends in this database. */
  readonly notices: OutboxNotices;
  /** Starts relaying this producer's outbox (NATS mode; in PostgreSQL mode the feed serves it). */
  relay(outbox: Outbox, db: RawSqlClient): Stoppable;
  consume(options: ConsumeOptions): Promise<Stoppable>;
  close(): Promise<void>;
}

export interface EventDeliveryConfig {
  databaseUrl: string;
  natsUrl: string | null;
  eventsPrefix: string;
  /** For PostgreSQL mode: where each producer's feed is, and the token it wants. */
  subgraphUrls: Record<string, string>;
  eventFeedToken: string;
}

export async function openEventDelivery(name: string, config: EventDeliveryConfig, logger: Logger): Promise<EventDelivery> {
  const notices = listenForOutboxNotices(config.databaseUrl, logger);
  if (!config.natsUrl) return postgresDelivery(config, notices, logger);
  let nats: NatsEvents;
  try {
    nats = await connectNatsEvents({ url: config.natsUrl, prefix: config.eventsPrefix, name, logger });
  } catch (error) {
    await notices.close();
    throw error;
  }
  return natsDelivery(nats, notices, logger);
}

function postgresDelivery(config: EventDeliveryConfig, notices: OutboxNotices, logger: Logger): EventDelivery {
  return {
    mode: 'postgres',
    notices,
    relay: () => ({ stop: async () => undefined }),
    async consume(options) {
      const graphqlUrl = config.subgraphUrls[options.producer];
      if (!graphqlUrl) throw new Error(`${options.consumer}: no URL for the ${options.producer} subgraph (set ${subgraphUrlVariable(options.producer)})`);
      const name = feedConsumerName(options.consumer, options.producer);
      return startFeedConsumer({
        name,
        feedUrl: feedUrlOf(graphqlUrl),
        token: config.eventFeedToken,
        offsets: options.offsets.for(name),
        handle: options.handle,
        logger,
        wakeOn: (wake) => {
          const offNotice = notices.on(options.producer, wake);
          const offReconnect = notices.onReconnect(wake);
          return () => (offNotice(), offReconnect());
        },
      });
    },
    close: () => notices.close(),
  };
}

function natsDelivery(nats: NatsEvents, notices: OutboxNotices, logger: Logger): EventDelivery {
  return {
    mode: 'nats',
    notices,
    relay: (outbox, db) => startOutboxRelay({ outbox, db, nats, notices, logger: logger.child({ relay: outbox.source }) }),
    consume: (options) =>
      startJetStreamConsumer({ name: feedConsumerName(options.consumer, options.producer), producer: options.producer, nats, handle: options.handle, logger }),
    async close() {
      await nats.close();
      await notices.close();
    },
  };
}
