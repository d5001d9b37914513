/** This subgraph's name: the source of its outbox events (declared in @eco/kit's contracts/education.ts). */
export const EDUCATION_SOURCE = 'education';
/** The department that runs kindergarten queues and school enrollment (catalog code). */
export const MINPROS_DEPARTMENT = 'MINPROS';
