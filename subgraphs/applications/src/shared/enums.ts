import { registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  REGISTERED = 'REGISTERED',
  IN_PROGRESS = 'IN_PROGRESS',
  INFO_REQUESTED = 'INFO_REQUESTED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum Priority {
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
}

export enum ActorRole {
  APPLICANT = 'APPLICANT',
  EMPLOYEE = 'EMPLOYEE',
  SYSTEM = 'SYSTEM',
}

/** Statuses the department still has work in. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.REGISTERED,
  ApplicationStatus.IN_PROGRESS,
  ApplicationStatus.INFO_REQUESTED,
];

export const isOpenStatus = (status: ApplicationStatus): boolean => OPEN_STATUSES.includes(status);

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application is in its workflow.',
  valuesConfig: {
    SUBMITTED: { description: 'Filed by the applicant; the department has not registered it yet.' },
    REGISTERED: { description: 'Registered by the department: the processing term runs from here.' },
    IN_PROGRESS: { description: 'An employee is working on it.' },
    INFO_REQUESTED: { description: 'The department asked the applicant for more information.' },
    COMPLETED: { description: 'Done: the result document is ready.' },
    REJECTED: { description: 'Refused, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant before processing began.' },
  },
});

registerEnumType(Priority, { name: 'ApplicationPriority', description: 'Processing priority in the department queue.' });

registerEnumType(ActorRole, {
  name: 'ActorRole',
  description: 'In which capacity someone changed an application.',
  valuesConfig: {
    APPLICANT: { description: 'The citizen who filed it.' },
    EMPLOYEE: { description: "An employee of the application's department." },
    SYSTEM: { description: 'The portal itself.' },
  },
});
