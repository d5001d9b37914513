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
}

export interface RequestClient {
  userAgent: string | null;
  ip: string | null;
}
