/**
 * `npm run dead-letters` (list) and `npm run dead-letters -- replay <seq>`: what the durable
 * consumers gave up on, with the error, and putting one back on its subject. NATS mode only
 * (NATS_URL, EVENTS_PREFIX as the services have them); in PostgreSQL mode a failing event is
 * retried in place and its consumer's log says why.
 */
import { createLogger } from '../../logging/logger';
import { listDeadLetters, replayDeadLetter } from './dead-letters';
import { connectNatsEvents } from './nats-events';

async function main(argv: string[]): Promise<number> {
  const url = process.env.NATS_URL;
  if (!url) {
    console.error('NATS_URL is not set: dead letters exist only in NATS mode.');
    return 2;
  }
  const nats = await connectNatsEvents({ url, prefix: process.env.EVENTS_PREFIX ?? 'eco', name: 'dead-letters-cli', logger: createLogger('dead-letters', 'warn') });
  try {
    const [command = 'list', argument] = argv;
    if (command === 'list') {
      const letters = await listDeadLetters(nats, 1000);
      if (!letters.length) console.log('No dead letters.');
      for (const letter of letters) {
        console.log(`#${letter.seq}  ${letter.failedAt}  ${letter.consumer}  ${letter.subject}  event ${letter.eventId ?? '?'}  after ${letter.deliveries} deliveries: ${letter.error}`);
      }
      return 0;
    }
    if (command === 'replay' && argument && /^\d+$/.test(argument)) {
      const letter = await replayDeadLetter(nats, Number(argument));
      console.log(`Replayed #${letter.seq} (${letter.subject}, event ${letter.eventId ?? '?'}) for ${letter.consumer}.`);
      return 0;
    }
    console.error('Usage: dead-letters [list] | dead-letters replay <seq>');
    return 2;
  } finally {
    await nats.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
