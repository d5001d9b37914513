import { describeEventBackbone, EVENT_SCENARIO_SUBGRAPHS } from '../support/event-backbone-scenarios';
import { startTestNatsServer, type TestNatsServer } from '../support/nats-server';
import { startTestStack } from '../support/test-stack';

/**
 * The event backbone with NATS_URL: outbox relays publish to JetStream, consumers are durable
 * JetStream consumers, the gateway subscribes to the subjects. A NATS server of its own, so that
 * it can be restarted. The same scenarios run in PostgreSQL mode in event-backbone.test.ts.
 */
let nats: TestNatsServer;

describeEventBackbone('event backbone, NATS JetStream mode', {
  mode: 'nats',
  async start() {
    nats = await startTestNatsServer();
    return startTestStack({ only: EVENT_SCENARIO_SUBGRAPHS, env: { NATS_URL: nats.url } });
  },
  stop: async () => nats?.stop(),
  restartName: 'NATS',
  // The outbox keeps the changes until the relay can publish them again.
  changesWhileDown: true,
  restartInfrastructure: (whileDown) => nats.restart(whileDown),
});
