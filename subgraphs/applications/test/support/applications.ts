import type { Viewer } from '@eco/kit';
import type { ApplicationRow } from '../../src/applications/applications.service';
import type { ApplicationsServices } from '../../src/services';
import { ApplicationStatus } from '../../src/shared/enums';
import { WorkflowAction } from '../../src/workflow/transitions';
import type { ActionDetails } from '../../src/workflow/workflow.service';
import { catalogService, citizen, employee } from './graph';
import { newKey, newUserId, PASSPORT_CHECK, passportCheckForm } from './fixtures';

/** Valid details for every action, so only the status decides. */
export const DETAILS: Record<WorkflowAction, ActionDetails> = {
  REGISTER: {},
  START_PROCESSING: {},
  REQUEST_INFORMATION: { comment: 'Приложите скан страницы с регистрацией' },
  PROVIDE_INFORMATION: { comment: 'Приложил' },
  COMPLETE: { decision: 'Услуга оказана: паспорт действителен', documentRef: 'doc:42' },
  REJECT: { reason: 'Нет оснований' },
  WITHDRAW: { comment: 'Передумал' },
};

/** The actions that lead from SUBMITTED to each status. */
export const PATH_TO: Record<ApplicationStatus, WorkflowAction[]> = {
  SUBMITTED: [],
  REGISTERED: [WorkflowAction.REGISTER],
  IN_PROGRESS: [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING],
  INFO_REQUESTED: [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.REQUEST_INFORMATION],
  COMPLETED: [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.COMPLETE],
  REJECTED: [WorkflowAction.REGISTER, WorkflowAction.START_PROCESSING, WorkflowAction.REJECT],
  WITHDRAWN: [WorkflowAction.WITHDRAW],
};

export interface Actors {
  applicant: Viewer;
  employee: Viewer;
}

/** The applicant and an employee of the service's department (MVD for the passport check). */
export function actorsFor(departmentId = 'MVD', applicantId = newUserId()): Actors {
  return { applicant: citizen(applicantId), employee: employee(newUserId(), departmentId) };
}

export const actorOf = (action: WorkflowAction, actors: Actors): Viewer =>
  action === WorkflowAction.WITHDRAW || action === WorkflowAction.PROVIDE_INFORMATION ? actors.applicant : actors.employee;

/** The name test applications are filed under (the applicants are made up, identity does not know them). */
export const TEST_APPLICANT_NAME = 'Тестов Тест Тестович';

export async function submit(services: ApplicationsServices, applicantId: string, code = PASSPORT_CHECK, formData: Record<string, unknown> = passportCheckForm()): Promise<ApplicationRow> {
  const service = await catalogService(code);
  const outcome = await services.submissions.submit(applicantId, { serviceId: service.id, idempotencyKey: newKey(), formData }, { applicantName: TEST_APPLICANT_NAME });
  if (!outcome.ok) throw new Error(`submission refused: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

export async function act(services: ApplicationsServices, action: WorkflowAction, application: { id: string }, viewer: Viewer, details = DETAILS[action]): Promise<ApplicationRow> {
  const outcome = await services.workflow.act(action, application.id, viewer, details);
  if (!outcome.ok) throw new Error(`${action} refused: ${JSON.stringify(outcome.problems)}`);
  return outcome.value;
}

/** A fresh application brought to `status` by its own applicant and a department employee. */
export async function applicationIn(services: ApplicationsServices, status: ApplicationStatus, actors = actorsFor(), code = PASSPORT_CHECK, formData?: Record<string, unknown>): Promise<ApplicationRow> {
  let application = await submit(services, actors.applicant.userId as string, code, formData);
  for (const action of PATH_TO[status]) application = await act(services, action, application, actorOf(action, actors));
  return application;
}
