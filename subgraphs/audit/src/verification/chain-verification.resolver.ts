import { badUserInput } from '@eco/kit';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AuditContext } from '../context';
import { parseSeq } from '../journal/journal-cursor';
import { AuditChainVerificationType } from './chain-verification.type';

@Resolver(() => AuditChainVerificationType)
export class ChainVerificationResolver {
  @Query(() => AuditChainVerificationType, {
    description: 'Recomputes the hash chain in order (all of it, or fromSeq..toSeq) and reports the first broken entry (ADMIN).',
  })
  async verifyAuditChain(
    @Arg('fromSeq', () => String, { nullable: true }) fromSeq: string | null,
    @Arg('toSeq', () => String, { nullable: true }) toSeq: string | null,
    @Ctx() ctx: AuditContext,
  ): Promise<AuditChainVerificationType> {
    const from = parseSeq(fromSeq, 'fromSeq');
    const to = parseSeq(toSeq, 'toSeq');
    if (from !== null && to !== null && from > to) throw badUserInput('fromSeq must not be after toSeq', 'fromSeq');
    const result = await ctx.services.verifier.verify({ fromSeq: from, toSeq: to });
    return {
      ...result,
      firstBrokenSeq: result.firstBrokenSeq?.toString() ?? null,
      headSeq: result.headSeq.toString(),
    };
  }
}
