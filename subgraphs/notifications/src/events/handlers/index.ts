import type { EventHandler } from '../event-handler';
import { applicationStatusChangedHandler } from './application-status-changed';
import { appointmentBookedHandler, appointmentCancelledHandler, appointmentReminderHandler, appointmentRescheduledHandler } from './appointments';
import { documentIssuedHandler, documentQuarantinedHandler } from './documents';
import { kindergartenApplicationStatusChangedHandler, schoolEnrollmentStatusChangedHandler } from './education';
import { fineAppealDecidedHandler, fineAppealFiledHandler } from './fine-appeals';
import { paymentCapturedHandler } from './payment-captured';
import { fineDiscountEndingHandler, taxDueSoonHandler } from './reminders';
import { SECURITY_HANDLERS } from './security';

/** Every event notifications reacts to, by contract. A new kind of event: one more handler, listed here. */
export const EVENT_HANDLERS: readonly EventHandler[] = [
  applicationStatusChangedHandler,
  paymentCapturedHandler,
  fineDiscountEndingHandler,
  taxDueSoonHandler,
  appointmentBookedHandler,
  appointmentCancelledHandler,
  appointmentRescheduledHandler,
  appointmentReminderHandler,
  kindergartenApplicationStatusChangedHandler,
  schoolEnrollmentStatusChangedHandler,
  documentIssuedHandler,
  documentQuarantinedHandler,
  fineAppealFiledHandler,
  fineAppealDecidedHandler,
  ...SECURITY_HANDLERS,
];
