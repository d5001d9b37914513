import type { SubgraphContext } from '@eco/kit';
import type { NotificationsServices } from './services';

export type NotificationsContext = SubgraphContext<NotificationsServices>;
