import { describeEventBackbone, EVENT_SCENARIO_SUBGRAPHS } from '../support/event-backbone-scenarios';
import { startOwnPostgres, type OwnPostgres } from '../support/own-postgres';
import { startTestStack } from '../support/test-stack';

/**
 * The event backbone in its embedded default, PostgreSQL mode (no NATS_URL): outbox NOTIFY wakes
 * the consumers and the gateway. A PostgreSQL of its own (embedded), so that it can be restarted.
 * The same scenarios run in NATS mode in event-backbone.nats.test.ts.
 */
let postgres: OwnPostgres;

describeEventBackbone('event backbone, PostgreSQL LISTEN/NOTIFY mode', {
  mode: 'postgres',
  async start() {
    postgres = await startOwnPostgres();
    return startTestStack({ only: EVENT_SCENARIO_SUBGRAPHS, databaseServerUrl: postgres.serverUrl, env: { NATS_URL: '' } });
  },
  stop: async () => postgres?.stop(),
  restartName: 'PostgreSQL',
  // Nothing commits while the database is down; the changes are made right after it is back.
  changesWhileDown: false,
  restartInfrastructure: (whileDown) => postgres.restart(whileDown),
});
