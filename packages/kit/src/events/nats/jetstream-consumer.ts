import { AckPolicy, DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { Logger } from '../../logging/logger';
import type { FeedEvent } from '../domain-event';
import { EventPayloadError } from '../event-contract';
import { recordDeadLetter } from './dead-letters';
import { producerSubjects, type NatsEvents } from './nats-events';

export interface JetStreamConsumerOptions {
  /** 'notifications<-applications': the durable consumer's identity (its position lives in NATS). */
  name: string;
  producer: string;
  nats: NatsEvents;
  /** Must be idempotent by event.id: delivery is at least once. */
  handle: (event: FeedEvent) => Promise<void>;
  logger: Logger;
  maxDeliveries?: number;
}

/** Attempts before an event goes to the dead letters (an operator replays it from there). */
export const MAX_DELIVERIES = 6;
/** Redelivery backoff after a failed attempt: 0.5 s, 1 s, 2 s, 4 s, 8 s (then the dead letters). */
export const redeliveryDelayMs = (attempt: number) => Math.min(500 * 2 ** (attempt - 1), 30_000);

export const durableNameOf = (name: string) => name.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * A durable JetStream consumer of one producer's events: explicit acks, one event at a time in
 * order (max_ack_pending 1), a failed event retried with backoff, and after MAX_DELIVERIES put in
 * the dead letters with its error so that the rest of the stream flows on.
 */
export async function startJetStreamConsumer(options: JetStreamConsumerOptions): Promise<{ stop(): Promise<void> }> {
  const { nats, logger } = options;
  const durable = durableNameOf(options.name);
  const maxDeliveries = options.maxDeliveries ?? MAX_DELIVERIES;
  const config = {
    durable_name: durable,
    filter_subject: producerSubjects(nats.prefix, options.producer),
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(30_000),
    max_ack_pending: 1,
    // One more than ours: we dead-letter at maxDeliveries, JetStream would stop silently after.
    max_deliver: maxDeliveries + 1,
  };
  await nats.jsm.consumers.add(nats.stream, config).catch(async () => nats.jsm.consumers.update(nats.stream, durable, config));
  const consumer = await nats.js.consumers.get(nats.stream, durable);
  const messages = await consumer.consume();

  async function process(message: JsMsg): Promise<void> {
    let event: FeedEvent;
    try {
      event = message.json<FeedEvent>();
    } catch (error) {
      await recordDeadLetter(nats, { consumer: options.name, producer: options.producer, subject: message.subject, data: message.string(), error, deliveries: message.info.deliveryCount });
      message.term();
      return;
    }
    try {
      await options.handle(event);
      message.ack();
    } catch (error) {
      const attempts = message.info.deliveryCount;
      if (error instanceof EventPayloadError || attempts >= maxDeliveries) {
        await recordDeadLetter(nats, { consumer: options.name, producer: options.producer, subject: message.subject, data: message.string(), error, deliveries: attempts, eventId: event.id });
        logger.error({ err: error, eventId: event.id, type: event.type, attempts }, 'event moved to the dead letters');
        message.term();
      } else {
        if (attempts === 1) logger.warn({ err: error, eventId: event.id, type: event.type }, 'event handler failed; redelivering with backoff');
        message.nak(redeliveryDelayMs(attempts));
      }
    }
  }

  const running = (async () => {
    for await (const message of messages) await process(message);
  })().catch((error: unknown) => logger.error({ err: error, consumer: options.name }, 'JetStream consumer stopped on an error'));

  return {
    async stop() {
      await messages.close().catch(() => undefined);
      await running;
    },
  };
}
