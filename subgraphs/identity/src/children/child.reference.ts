import type { IdentityContext } from '../context';
import { childLoader } from './child.loader';

/** education resolves a Child by id with the caller's token; the Child rules refuse anyone but the parent. */
export const childReference = {
  __resolveReference(reference: { id: string }, ctx: IdentityContext) {
    return childLoader(ctx).load(reference.id);
  },
};
