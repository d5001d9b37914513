import type { FeedEvent } from '../events/domain-event';
import type { Viewer } from '../auth/viewer';
import type { Locale } from '../i18n/locale';
import type { LoaderRegistry } from '../loaders/loader-registry';
import type { Logger } from '../logging/logger';

/** What every resolver of every subgraph receives; `services` is the subgraph's own. */
export interface SubgraphContext<TServices = unknown> {
  viewer: Viewer;
  requestId: string;
  locale: Locale;
  logger: Logger;
  loaders: LoaderRegistry;
  services: TServices;
  /**
   * Who is calling, as this HTTP request shows it (identity labels sessions with it). Optional so
   * hand-built contexts in tests stay valid. The IP is the TCP peer: behind the gateway, the gateway.
   */
  client?: RequestClient;
  /**
   * When the caller's operation must be answered by (ms since the epoch, the gateway's
   * x-request-deadline); absent when the request carried none. `callFrom(ctx)` passes it on.
   */
  deadline?: number;
  /**
   * Opens an event the gateway hands over for live delivery (sealed with the internal event token;
   * see the kit's liveEventOf). Optional so hand-built contexts in tests stay valid: without it,
   * no live event opens.
   */
  openLiveEvent?: (sealed: string) => FeedEvent | null;
}

export interface RequestClient {
  userAgent: string | null;
  ip: string | null;
}
