import { DateScalar, LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AppealType } from '../appeals/appeal.type';
import type { AppealRow } from '../appeals/appeals.service';
import type { TaxesFinesContext } from '../context';
import { appealsByFineLoader } from '../loaders';
import { FineStatus } from '../shared/enums';
import { UserRef } from '../users/user.type';
import { discountAppliesAt, discountDeadline, discountLastDay, fineAmountDueAt, finePayableAt, fineStatusAt } from './fine-terms';
import { FineType } from './fine.type';
import type { FineRow } from './fines.service';
import { isExcludedFromDiscount, offenceTitle } from './koap';

/** Fields computed from the stored fine and the clock, so they are right at every read. */
@Resolver(() => FineType)
export class FineFieldsResolver {
  @FieldResolver(() => FineStatus, { description: 'OVERDUE is computed on read: UNPAID past the payment deadline.' })
  status(@Root() fine: FineRow, @Ctx() ctx: TaxesFinesContext): FineStatus {
    return fineStatusAt(fine, ctx.services.now()) as FineStatus;
  }

  @FieldResolver(() => Int, { description: 'What is payable now, in kopecks: half while the discount applies, 0 when not payable.' })
  amountDue(@Root() fine: FineRow, @Ctx() ctx: TaxesFinesContext): number {
    return fineAmountDueAt(fine, ctx.services.now());
  }

  @FieldResolver(() => Boolean, { description: 'Whether it can be paid now (UNPAID or OVERDUE).' })
  payable(@Root() fine: FineRow, @Ctx() ctx: TaxesFinesContext): boolean {
    return finePayableAt(fine, ctx.services.now());
  }

  @FieldResolver(() => Boolean, { description: 'Whether paying now costs half (KoAP 32.2 part 1.3).' })
  discountApplies(@Root() fine: FineRow, @Ctx() ctx: TaxesFinesContext): boolean {
    return discountAppliesAt(fine, ctx.services.now());
  }

  @FieldResolver(() => Boolean, { description: 'The offence is one KoAP 32.2 part 1.3 excludes from the discount.' })
  discountExcluded(@Root() fine: FineRow): boolean {
    return isExcludedFromDiscount(fine);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'The last moment the 50 % discount holds: 23:59:59.999 Moscow time on the 20th day after the decision. Null when the article is excluded.',
  })
  discountDeadline(@Root() fine: FineRow): Date | null {
    return discountDeadline(fine);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'The last calendar day of the discount; null when excluded.' })
  discountLastDay(@Root() fine: FineRow): Date | null {
    return isExcludedFromDiscount(fine) ? null : discountLastDay(fine);
  }

  @FieldResolver(() => DateScalar, {
    description: 'The last day to pay: 60 days after entry into force, moved by the days a dismissed appeal took.',
  })
  paymentDeadline(@Root() fine: FineRow): Date {
    return fine.paymentDueDate;
  }

  @FieldResolver(() => String, { description: 'The offence in words, with its article.' })
  offence(
    @Root() fine: FineRow,
    @Arg('locale', () => LocaleArg, { nullable: true, description: 'Default: the request language.' }) locale: LocaleArg | null,
    @Ctx() ctx: TaxesFinesContext,
  ): string {
    return offenceTitle(fine)[resolveLocale(locale, ctx.locale)];
  }

  @FieldResolver(() => UserRef, { description: 'The person the fine was issued to.' })
  owner(@Root() fine: FineRow): UserRef {
    return { id: fine.ownerId };
  }

  @FieldResolver(() => [AppealType], { description: 'Appeals of this fine, newest first.' })
  async appeals(@Root() fine: FineRow, @Ctx() ctx: TaxesFinesContext): Promise<AppealRow[]> {
    return (await appealsByFineLoader(ctx).load(fine.id)) ?? [];
  }
}
