import type { IdentityContext } from '../context';
import { userLoader } from './user.loader';

/** Other subgraphs' User references; fields are still guarded by the User rules. */
export const userReference = {
  __resolveReference(reference: { id: string }, ctx: IdentityContext) {
    return userLoader(ctx).load(reference.id);
  },
};
