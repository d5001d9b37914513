import { orderByKeys } from '@eco/kit';
import type { IdentityContext } from '../context';
import type { UserRecord } from './users.service';

/** The request's batched user lookup, shared by queries and `__resolveReference`. */
export function userLoader(ctx: IdentityContext) {
  return ctx.loaders.get<string, UserRecord>('identity.userById', async (ids) =>
    orderByKeys(ids, await ctx.services.users.findByIds(ids), (user) => user.id),
  );
}
