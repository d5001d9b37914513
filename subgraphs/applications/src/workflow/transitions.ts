import { ActorRole, ApplicationStatus } from '../shared/enums';

/** What can be done to an application, by whom, from which statuses, to which status. */
export enum WorkflowAction {
  REGISTER = 'REGISTER',
  START_PROCESSING = 'START_PROCESSING',
  REQUEST_INFORMATION = 'REQUEST_INFORMATION',
  PROVIDE_INFORMATION = 'PROVIDE_INFORMATION',
  COMPLETE = 'COMPLETE',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
}

export interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Who may take the action: the applicant, or an employee of the application's department. */
  by: ActorRole.APPLICANT | ActorRole.EMPLOYEE;
}

const S = ApplicationStatus;

/**
 * SUBMITTED → REGISTERED → IN_PROGRESS → (INFO_REQUESTED ⇄ IN_PROGRESS) → COMPLETED | REJECTED;
 * WITHDRAWN by the applicant from SUBMITTED or REGISTERED. Nothing else.
 */
export const TRANSITIONS: Readonly<Record<WorkflowAction, Transition>> = {
  REGISTER: { from: [S.SUBMITTED], to: S.REGISTERED, by: ActorRole.EMPLOYEE },
  START_PROCESSING: { from: [S.REGISTERED], to: S.IN_PROGRESS, by: ActorRole.EMPLOYEE },
  REQUEST_INFORMATION: { from: [S.IN_PROGRESS], to: S.INFO_REQUESTED, by: ActorRole.EMPLOYEE },
  PROVIDE_INFORMATION: { from: [S.INFO_REQUESTED], to: S.IN_PROGRESS, by: ActorRole.APPLICANT },
  COMPLETE: { from: [S.IN_PROGRESS], to: S.COMPLETED, by: ActorRole.EMPLOYEE },
  REJECT: { from: [S.IN_PROGRESS], to: S.REJECTED, by: ActorRole.EMPLOYEE },
  WITHDRAW: { from: [S.SUBMITTED, S.REGISTERED], to: S.WITHDRAWN, by: ActorRole.APPLICANT },
};

export function canTransition(action: WorkflowAction, from: ApplicationStatus): boolean {
  return TRANSITIONS[action].from.includes(from);
}
