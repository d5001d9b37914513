import type { EventHandler } from '../event-handler';
import { applicationStatusChanged } from './application-status-changed';
import { paymentCaptured } from './payment-captured';
import { fineDiscountEnding, taxDueSoon } from './reminders';

/** Every event notifications reacts to. A new kind of event: one more handler file, listed here. */
export const EVENT_HANDLERS: readonly EventHandler[] = [applicationStatusChanged, paymentCaptured, fineDiscountEnding, taxDueSoon];
