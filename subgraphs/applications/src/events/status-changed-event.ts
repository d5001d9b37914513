/** This subgraph's name as a producer: the source of its outbox events (declared in @eco/kit's contracts/applications.ts). */
export const APPLICATIONS_SOURCE = 'applications';
/** The subject type of every event about an application. */
export const APPLICATION_SUBJECT = 'Application';
