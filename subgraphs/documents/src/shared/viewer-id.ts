import type { SubgraphContext } from '@eco/kit';

/** The signed-in user's id; only called behind a rule that has already refused anonymous callers. */
export function viewerId(ctx: SubgraphContext<unknown>): string {
  if (!ctx.viewer.userId) throw new Error('viewerId called for an anonymous request: a permission rule is missing');
  return ctx.viewer.userId;
}
