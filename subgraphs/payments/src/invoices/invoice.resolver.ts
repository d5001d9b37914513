import { LocaleArg, PageArgs, pageWindow, resolveLocale, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PaymentsContext } from '../context';
import { PaymentType } from '../payments/payment.type';
import type { PaymentRow } from '../payments/payments.service';
import { ApplicationRef, FineRef, TaxAccrualRef, UserRef } from '../shared/refs.type';
import { invoiceLoader, invoicePaymentsLoader, primeInvoice, sourceInvoiceLoader } from '../shared/loaders';
import { userErrorsFor } from '../shared/problems';
import { CreateInvoiceInput, CreateInvoicePayload, InvoiceFilter } from './invoice.inputs';
import { InvoiceConnection, InvoiceType } from './invoice.type';
import { INVOICES_ORDER, type InvoiceRow } from './invoices.service';

@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceType, { nullable: true, description: 'One invoice, for its payer (or an admin); anyone else gets FORBIDDEN.' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: PaymentsContext): Promise<InvoiceRow | null> {
    return invoiceLoader(ctx).load(id);
  }

  @Mutation(() => CreateInvoicePayload, {
    description: 'One invoice for several of your fines (or tax accruals): "pay all selected". Refuses unknown, foreign and non-payable items.',
  })
  async createInvoice(@Arg('input') input: CreateInvoiceInput, @Ctx() ctx: PaymentsContext): Promise<CreateInvoicePayload> {
    const outcome = await ctx.services.invoices.createForSourceItems(ctx.viewer.userId as string, input, ctx.viewer.token, ctx.viewer.sandbox ?? false);
    return outcome.ok
      ? { invoice: primeInvoice(ctx, outcome.value), userErrors: [] }
      : { invoice: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
  }

  @FieldResolver(() => UserRef)
  payer(@Root() invoice: InvoiceRow): UserRef {
    return { id: invoice.payerId };
  }

  @FieldResolver(() => String, { description: 'Purpose of payment (назначение платежа).' })
  purpose(@Root() invoice: InvoiceRow, @Ctx() ctx: PaymentsContext, @Arg('locale', () => LocaleArg, { nullable: true }) locale?: LocaleArg | null): string {
    return resolveLocale(locale, ctx.locale) === 'en' ? invoice.purposeEn : invoice.purposeRu;
  }

  @FieldResolver(() => [PaymentType], { description: 'Payment attempts, newest first.' })
  async payments(@Root() invoice: InvoiceRow, @Ctx() ctx: PaymentsContext): Promise<PaymentRow[]> {
    return (await invoicePaymentsLoader(ctx).load(invoice.id)) ?? [];
  }
}

@ArgsType()
export class UserInvoicesArgs extends PageArgs {
  @Field(() => InvoiceFilter, { nullable: true })
  filter?: InvoiceFilter | null;
}

@Resolver(() => UserRef)
export class UserInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, { description: 'Your invoices, newest first. Only the user themself.' })
  async invoices(@Root() user: UserRef, @Args(() => UserInvoicesArgs) args: UserInvoicesArgs, @Ctx() ctx: PaymentsContext): Promise<Connection<InvoiceRow>> {
    const window = pageWindow(args, INVOICES_ORDER);
    const page = await ctx.services.invoices.listForPayer(user.id, args.filter ?? {}, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}

/** The newest non-cancelled invoice for an item, but only the viewer's own (null otherwise). */
async function ownInvoiceFor(source: string, id: string, ctx: PaymentsContext): Promise<InvoiceRow | null> {
  const invoice = await sourceInvoiceLoader(ctx).load(`${source}:${id}`);
  return invoice && invoice.payerId === ctx.viewer.userId ? invoice : null;
}

@Resolver(() => FineRef)
export class FineInvoiceResolver {
  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The newest non-cancelled invoice covering this fine (its owner only).' })
  invoice(@Root() fine: FineRef, @Ctx() ctx: PaymentsContext): Promise<InvoiceRow | null> {
    return ownInvoiceFor('FINE', fine.id, ctx);
  }
}

@Resolver(() => TaxAccrualRef)
export class TaxAccrualInvoiceResolver {
  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The newest non-cancelled invoice covering this tax accrual (its owner only).' })
  invoice(@Root() tax: TaxAccrualRef, @Ctx() ctx: PaymentsContext): Promise<InvoiceRow | null> {
    return ownInvoiceFor('TAX', tax.id, ctx);
  }
}

@Resolver(() => ApplicationRef)
export class ApplicationInvoiceResolver {
  @FieldResolver(() => InvoiceType, { nullable: true, description: "The application's state-fee invoice (visible to its payer); null when the service has no fee." })
  invoice(@Root() application: ApplicationRef, @Ctx() ctx: PaymentsContext): Promise<InvoiceRow | null> {
    return ownInvoiceFor('STATE_FEE', application.id, ctx);
  }
}
