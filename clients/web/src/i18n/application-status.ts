import type { ApplicationStatus } from '@eco/sdk';
import { useI18n, type AreaMessages } from './i18n';

/**
 * Who reads an application's status. The applicant (home, «Мои заявления») is told what happened
 * to their request («Услуга оказана», «Отказ»); the department's employee (workspace) sees what was
 * done with the case («Исполнено», «Отказано»). In English both read the same.
 */
export type StatusAudience = 'citizen' | 'employee';

const citizenRu: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Подано',
  REGISTERED: 'Зарегистрировано',
  IN_PROGRESS: 'В работе',
  INFO_REQUESTED: 'Запрошены сведения',
  COMPLETED: 'Услуга оказана',
  REJECTED: 'Отказ',
  WITHDRAWN: 'Отозвано',
};

const en: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Submitted',
  REGISTERED: 'Registered',
  IN_PROGRESS: 'In progress',
  INFO_REQUESTED: 'Information requested',
  COMPLETED: 'Completed',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

/** The application status labels, per audience, in Russian and English. */
export const applicationStatusLabels: Record<StatusAudience, AreaMessages<ApplicationStatus>> = {
  citizen: { ru: citizenRu, en },
  employee: { ru: { ...citizenRu, COMPLETED: 'Исполнено', REJECTED: 'Отказано' }, en },
};

/** The label of an application status for `audience`, in the page's language (an unknown status shows as is). */
export function useApplicationStatusLabel(audience: StatusAudience = 'citizen'): (status: ApplicationStatus) => string {
  const { locale } = useI18n();
  const labels = applicationStatusLabels[audience][locale];
  return (status) => labels[status] ?? status;
}
