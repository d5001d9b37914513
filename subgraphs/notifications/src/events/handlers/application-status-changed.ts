import { applicationStatusChanged } from '@eco/kit';
import { eventHandler } from '../event-handler';
import { applicationStatusTexts } from './application-status-texts';

/** «Заявление 2026-000123: принято в работу» for the applicant, on every status change. */
export const applicationStatusChangedHandler = eventHandler({
  contract: applicationStatusChanged,
  label: { ru: 'Изменение статуса заявления', en: 'Application status changes' },
  // Gosuslugi tells applicants about their applications in the account and by SMS; email too.
  defaultChannels: { email: true, sms: true },
  notificationsFor: (payload) => [{ userId: payload.applicantId, ...applicationStatusTexts(payload.number, payload.to, payload.comment) }],
});
