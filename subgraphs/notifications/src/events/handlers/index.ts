import type { EventHandler } from '../event-handler';
import { applicationStatusChanged } from './application-status-changed';
import { appointmentBooked, appointmentCancelled, appointmentReminder, appointmentRescheduled } from './appointments';
import { documentIssued, documentQuarantined } from './documents';
import { kindergartenApplicationStatusChanged, schoolEnrollmentStatusChanged } from './education';
import { paymentCaptured } from './payment-captured';
import { fineDiscountEnding, taxDueSoon } from './reminders';

/** Every event notifications reacts to. A new kind of event: one more handler file, listed here. */
export const EVENT_HANDLERS: readonly EventHandler[] = [
  applicationStatusChanged,
  paymentCaptured,
  fineDiscountEnding,
  taxDueSoon,
  appointmentBooked,
  appointmentCancelled,
  appointmentRescheduled,
  appointmentReminder,
  kindergartenApplicationStatusChanged,
  schoolEnrollmentStatusChanged,
  documentIssued,
  documentQuarantined,
];
