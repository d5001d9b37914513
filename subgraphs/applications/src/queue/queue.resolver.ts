import { notFound, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { ApplicationConnection } from '../applications/application.type';
import type { ApplicationRow } from '../applications/applications.service';
import type { ApplicationsContext } from '../context';
import { DepartmentQueueArgs } from './queue.input';
import { QUEUE_ORDERS, type QueueFilterValues } from './queue.service';
import { QueueOrder } from './queue-order';

/** The explicitly given fields of `filter` over the saved ones. */
function withOverrides(saved: QueueFilterValues, given: QueueFilterValues | null | undefined): QueueFilterValues {
  const merged: QueueFilterValues = { ...saved };
  for (const [key, value] of Object.entries(given ?? {})) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

@Resolver()
export class QueueResolver {
  @Query(() => ApplicationConnection, {
    description: "The signed-in employee's department queue: filters, deadline buckets (Moscow time), saved filters, a Relay page.",
  })
  async departmentQueue(@Args(() => DepartmentQueueArgs) args: DepartmentQueueArgs, @Ctx() ctx: ApplicationsContext): Promise<Connection<ApplicationRow>> {
    // The permission rule guarantees an employee bound to a department.
    const departmentId = ctx.viewer.departmentId as string;
    let filter: QueueFilterValues = { ...(args.filter ?? {}) };
    let order = args.orderBy ?? null;
    if (args.savedFilterId != null) {
      const saved = await ctx.services.savedFilters.byId(ctx.viewer.userId as string, args.savedFilterId);
      if (!saved) throw notFound('SavedFilter', args.savedFilterId);
      filter = withOverrides(saved.filter, args.filter);
      order ??= saved.orderBy;
    }
    const window = pageWindow(args, QUEUE_ORDERS[order ?? QueueOrder.DEADLINE_ASC]);
    const page = await ctx.services.queue.list(departmentId, filter, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}
