import type { EventHandler } from '../event-handler';
import { applicationStatusChanged } from './application-status-changed';

/** Every event notifications reacts to. A new kind of event: one more handler file, listed here. */
export const EVENT_HANDLERS: readonly EventHandler[] = [applicationStatusChanged];
