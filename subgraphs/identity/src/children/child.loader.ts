import type { IdentityContext } from '../context';
import type { ChildRecord } from './children.service';

/** The request's batched, decrypted child lookups: queries, rules and `__resolveReference` share them. */
export const childLoader = (ctx: IdentityContext) =>
  ctx.loaders.get<string, ChildRecord>('identity.childById', (ids) => ctx.services.children.byIds(ids));

export const childrenByParentLoader = (ctx: IdentityContext) =>
  ctx.loaders.get<string, ChildRecord[]>('identity.childrenByParentId', (ids) => ctx.services.children.byParentIds(ids));
