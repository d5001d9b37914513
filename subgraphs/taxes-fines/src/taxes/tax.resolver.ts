import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { TaxesFinesContext } from '../context';
import { taxLoader } from '../loaders';
import { TaxStatus } from '../shared/enums';
import { UserRef } from '../users/user.type';
import { taxAmountDueAt, taxPayableAt, taxStatusAt } from './tax-terms';
import { TaxAccrualType } from './tax.type';
import type { TaxRow } from './taxes.service';

@Resolver(() => TaxAccrualType)
export class TaxResolver {
  @Query(() => TaxAccrualType, { nullable: true, description: 'A tax accrual by id; only its owner can read it.' })
  taxAccrual(@Arg('id', () => ID) id: string, @Ctx() ctx: TaxesFinesContext): Promise<TaxRow | null> {
    return taxLoader(ctx).load(id);
  }

  @FieldResolver(() => TaxStatus, { description: 'OVERDUE is computed on read: UNPAID after the due date.' })
  status(@Root() tax: TaxRow, @Ctx() ctx: TaxesFinesContext): TaxStatus {
    return taxStatusAt(tax, ctx.services.now()) as TaxStatus;
  }

  @FieldResolver(() => Int, { description: 'What is payable now, in kopecks (0 once paid). Penalties are not included.' })
  amountDue(@Root() tax: TaxRow, @Ctx() ctx: TaxesFinesContext): number {
    return taxAmountDueAt(tax, ctx.services.now());
  }

  @FieldResolver(() => Boolean, { description: 'Whether it can be paid now (UNPAID or OVERDUE).' })
  payable(@Root() tax: TaxRow, @Ctx() ctx: TaxesFinesContext): boolean {
    return taxPayableAt(tax, ctx.services.now());
  }

  @FieldResolver(() => UserRef)
  owner(@Root() tax: TaxRow): UserRef {
    return { id: tax.ownerId };
  }
}
