import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TaxesFinesContext } from '../context';
import { FineConnection } from '../fines/fine.type';
import { FINES_ORDER, type FineRow } from '../fines/fines.service';
import { FineStatus, TaxStatus } from '../shared/enums';
import { TaxAccrualConnection } from '../taxes/tax.type';
import { TAXES_ORDER, type TaxRow } from '../taxes/taxes.service';
import { UserRef } from './user.type';

@ArgsType()
export class UserFinesArgs extends PageArgs {
  @Field(() => [FineStatus], { nullable: true, description: 'Any of these statuses (a single value is accepted too).' })
  status?: FineStatus[] | null;
}

@ArgsType()
export class UserTaxesArgs extends PageArgs {
  @Field(() => [TaxStatus], { nullable: true })
  status?: TaxStatus[] | null;
}

@Resolver(() => UserRef)
export class UserFinesResolver {
  @FieldResolver(() => FineConnection, { description: 'Your traffic fines, newest decision first. Only the user themself.' })
  async fines(@Root() user: UserRef, @Args(() => UserFinesArgs) args: UserFinesArgs, @Ctx() ctx: TaxesFinesContext): Promise<Connection<FineRow>> {
    const window = pageWindow(args, FINES_ORDER);
    const page = await ctx.services.fines.listForOwner(user.id, args.status, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @FieldResolver(() => TaxAccrualConnection, { description: 'Your tax accruals, newest period first. Only the user themself.' })
  async taxes(@Root() user: UserRef, @Args(() => UserTaxesArgs) args: UserTaxesArgs, @Ctx() ctx: TaxesFinesContext): Promise<Connection<TaxRow>> {
    const window = pageWindow(args, TAXES_ORDER);
    const page = await ctx.services.taxes.listForOwner(user.id, args.status, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}
