import { LocaleArg, resolveLocale } from '@eco/kit';
import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HealthcareContext } from '../context';
import type { SpecialtyRow } from './clinics.service';
import { SpecialtyType } from './specialty.type';

@Resolver(() => SpecialtyType)
export class SpecialtyResolver {
  @Directive('@tag(name: "public")')
  @Query(() => [SpecialtyType], { description: 'Every specialty doctors can be booked by (public).' })
  specialties(@Ctx() ctx: HealthcareContext): Promise<SpecialtyRow[]> {
    return ctx.services.clinics.specialties();
  }

  @FieldResolver(() => String, { description: 'Name in the requested language (default: the request language).' })
  name(@Root() specialty: SpecialtyRow, @Arg('locale', () => LocaleArg, { nullable: true }) locale: LocaleArg | null, @Ctx() ctx: HealthcareContext): string {
    return resolveLocale(locale, ctx.locale) === 'ru' ? specialty.nameRu : specialty.nameEn;
  }
}
