import { PageArgs, type Connection } from '@eco/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AuditContext } from '../context';
import { auditEntryLoader } from '../loaders';
import { AuditJournalFilterInput } from './audit-entry.input';
import { AuditEntryConnection, AuditEntryType } from './audit-entry.type';
import { decodeJournalCursor, encodeJournalCursor, pageLimit } from './journal-cursor';
import type { AuditEntryRow } from './journal.service';

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  @Query(() => AuditEntryConnection, { description: 'The security audit journal, newest first, filtered (ADMIN).' })
  async auditJournal(
    @Arg('filter', () => AuditJournalFilterInput, { nullable: true }) filter: AuditJournalFilterInput | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: AuditContext,
  ): Promise<Connection<AuditEntryRow>> {
    const limit = pageLimit(args.first);
    const after = args.after ? decodeJournalCursor(args.after) : null;
    const page = await ctx.services.journal.list(filter ?? {}, limit, after);
    const edges = page.nodes.map((node) => ({ cursor: encodeJournalCursor(node.seq), node }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => AuditEntryType, { nullable: true, description: 'One journal entry by id (ADMIN).' })
  auditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: AuditContext): Promise<AuditEntryRow | null> {
    return auditEntryLoader(ctx).load(id);
  }

  @FieldResolver(() => String, { description: 'Position in the journal: 1, 2, 3, … in the order of appending, without gaps (a 64-bit integer as decimal text).' })
  seq(@Root() entry: AuditEntryRow): string {
    return entry.seq.toString();
  }
}
