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
}
