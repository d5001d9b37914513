import { subgraphExecutor, errorCodes } from '@eco/kit';
import { buildNotificationsSchema } from '../../src/schema';
import type { NotificationsServices } from '../../src/services';

/** Runs an operation through the full subgraph schema (shield included), as over HTTP but in-process. */
export const execute = subgraphExecutor<NotificationsServices>(buildNotificationsSchema, { locale: 'ru' });
export { errorCodes };

