import { listenForOutboxNotices, type Logger, type OutboxNotice } from '@eco/kit';
import { feedReader } from './feed-reader';
import { LiveEventHub, type LiveEvents } from './live-events';
import type { LiveSubgraph } from './live-subgraphs';

/**
 * PostgreSQL mode (no NATS): the outbox's NOTIFY at each commit carries the event itself, so
 * the gateway delivers it without asking anyone; a notice without its event (too large) or a gap
 * in the sequence (the LISTEN connection was lost) is filled from the producer's feed. Every
 * gateway replica listens for itself: there is nothing to coordinate.
 */
export function startNoticeLiveEvents(options: { databaseUrl: string; subgraphs: LiveSubgraph[]; token: string; logger: Logger }): LiveEvents {
  const hub = new LiveEventHub();
  const notices = listenForOutboxNotices(options.databaseUrl, options.logger);
  const followers = options.subgraphs.map((subgraph) => followProducer(subgraph));

  function followProducer(subgraph: LiveSubgraph) {
    const feed = feedReader(subgraph, options.token);
    // Where this gateway stands in the producer's sequence: its head when the gateway started.
    let position: bigint | null = null;
    // The producer's outbox, as its feed names it: another deployment of the same producer in this
    // database (a regional copy, a test's own) sends notices under the same name.
    let outbox: string | null = null;
    let catchingUp: Promise<void> | null = null;
    let again = false;

    async function catchUp(): Promise<void> {
      if (catchingUp) {
        again = true;
        return catchingUp;
      }
      catchingUp = (async () => {
        do {
          again = false;
          try {
            if (position === null) ({ seq: position, outbox } = await feed.head());
            for (const event of await feed.after(position)) {
              hub.emit(event);
              position = BigInt(event.seq);
            }
          } catch (error) {
            options.logger.warn({ err: error, subgraph: subgraph.name }, 'live events: cannot read the feed to catch up');
          }
        } while (again);
      })().finally(() => (catchingUp = null));
      return catchingUp;
    }

    function onNotice(notice: OutboxNotice): void {
      if (outbox && notice.outbox && notice.outbox !== outbox) return;
      const seq = BigInt(notice.seq);
      if (notice.event && position !== null && seq === position + 1n && !catchingUp) {
        position = seq;
        hub.emit({ ...notice.event, source: subgraph.name });
        return;
      }
      if (position === null || seq > position) void catchUp();
    }

    void catchUp();
    return [notices.on(subgraph.name, onNotice), notices.onReconnect(() => void catchUp())];
  }

  options.logger.info({ subgraphs: options.subgraphs.map((s) => s.name) }, 'live events: LISTEN for outbox notices');
  return {
    mode: 'postgres',
    onEvent: (listener) => hub.listen(listener),
    async stop() {
      for (const off of followers.flat()) off();
      await notices.close();
    },
  };
}
