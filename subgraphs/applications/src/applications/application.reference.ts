import type { ApplicationsContext } from '../context';
import { applicationLoader } from './application.loader';

/** Other subgraphs' Application references; every field still obeys the Application rules. */
export const applicationReference = {
  __resolveReference(reference: { id: string }, ctx: ApplicationsContext) {
    return applicationLoader(ctx).load(reference.id);
  },
};
