import type { FeedEvent } from '@eco/kit';
import type { EventHandler } from '../event-handler';
import { applicationStatusTexts, isApplicationStatus } from './application-status-texts';

/** The payload applications writes with every status change (its outbox contract). */
export interface ApplicationStatusChangedPayload {
  applicationId: string;
  number: string;
  serviceId?: string;
  departmentId?: string;
  applicantId: string;
  from: string | null;
  to: string;
  at?: string;
  comment?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse(payload: Record<string, unknown>): ApplicationStatusChangedPayload | null {
  const { applicantId, applicationId, number, to, comment } = payload;
  if (typeof applicantId !== 'string' || !UUID.test(applicantId)) return null;
  if (typeof applicationId !== 'string' || typeof number !== 'string' || !isApplicationStatus(to)) return null;
  return {
    ...(payload as unknown as ApplicationStatusChangedPayload),
    comment: typeof comment === 'string' ? comment : null,
  };
}

/** «Заявление 2026-000123: принято в работу» for the applicant, on every status change. */
export const applicationStatusChanged: EventHandler = {
  type: 'application.status_changed',
  source: 'applications',
  label: { ru: 'Изменение статуса заявления', en: 'Application status changes' },
  // Gosuslugi tells applicants about their applications in the account and by SMS; email too.
  defaultChannels: { email: true, sms: true },
  notificationsFor(event: FeedEvent) {
    const payload = parse(event.payload);
    if (!payload || !isApplicationStatus(payload.to)) return null;
    const texts = applicationStatusTexts(payload.number, payload.to, payload.comment ?? null);
    return [{ userId: payload.applicantId.toLowerCase(), ...texts }];
  },
};
