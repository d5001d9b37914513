import type { Logger } from '@eco/kit';
import { followFeeds } from './feed-follower';
import { LiveEventHub, type LiveEvents } from './live-events';
import type { LiveSubgraph } from './live-subgraphs';

/** Without Redis: this process follows the feeds itself (every replica would do the same). */
export function startLocalLiveEvents(options: { subgraphs: LiveSubgraph[]; token: string; logger: Logger }): LiveEvents {
  const hub = new LiveEventHub();
  const follower = followFeeds({ ...options, onEvent: (event) => hub.emit(event) });
  options.logger.info({ subgraphs: options.subgraphs.map((s) => s.name) }, 'live events: following the feeds in this process');
  return { mode: 'local', onEvent: (listener) => hub.listen(listener), stop: () => follower.stop() };
}
