import { connect } from '@nats-io/transport-node';
import type { FeedEvent, Logger } from '@eco/kit';
import { LiveEventHub, type LiveEvents } from './live-events';
import type { LiveSubgraph } from './live-subgraphs';

/**
 * NATS mode: the gateway subscribes (plain NATS, no durable consumer: live delivery is "from now
 * on") to the subjects of the subgraphs with subscriptions. Every replica gets every event from
 * NATS itself, so replicas need no leader and a killed one takes only its own sockets with it.
 */
export async function startNatsLiveEvents(options: { natsUrl: string; prefix: string; subgraphs: LiveSubgraph[]; logger: Logger }): Promise<LiveEvents> {
  const hub = new LiveEventHub();
  const connection = await connect({ servers: options.natsUrl.split(','), name: 'gateway-live', maxReconnectAttempts: -1, reconnectTimeWait: 250 });
  for (const subgraph of options.subgraphs) {
    connection.subscribe(`${options.prefix}.${subgraph.name}.>`, {
      callback: (error, message) => {
        if (error) return options.logger.warn({ err: error }, 'live events: NATS subscription error');
        try {
          hub.emit(message.json<FeedEvent>());
        } catch (parseError) {
          options.logger.warn({ err: parseError, subject: message.subject }, 'live events: not an event');
        }
      },
    });
  }
  options.logger.info({ subgraphs: options.subgraphs.map((s) => s.name) }, 'live events: subscribed on NATS');
  return {
    mode: 'nats',
    onEvent: (listener) => hub.listen(listener),
    async stop() {
      await connection.drain().catch(() => undefined);
    },
  };
}
