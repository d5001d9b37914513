import { badUserInput, PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ClinicType } from '../clinics/clinic.type';
import type { ClinicRow, SpecialtyRow } from '../clinics/clinics.service';
import { SpecialtyType } from '../clinics/specialty.type';
import type { HealthcareContext } from '../context';
import { clinicLoader, doctorLoader, specialtyLoader } from '../loaders';
import { userErrorsFor } from '../shared/problems';
import { SlotConnection } from '../slots/slot.type';
import { SLOTS_ORDER, type SlotRow } from '../slots/slots.service';
import { DoctorConnection, DoctorType } from './doctor.type';
import { DOCTORS_ORDER, type DoctorRow } from './doctors.service';

@ArgsType()
export class DoctorsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  specialtyId?: string | null;

  @Field(() => ID, { nullable: true })
  clinicId?: string | null;
}

@ArgsType()
export class FreeSlotsArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'From (default and at the earliest: now).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until, exclusive (default: 14 days after `from`; at most 31 days after it).' })
  to?: Date | null;
}

@Resolver(() => DoctorType)
export class DoctorResolver {
  @Directive('@tag(name: "public")')
  @Query(() => DoctorConnection, { description: 'Doctors by specialty and/or clinic, by surname (public).' })
  async doctors(@Args(() => DoctorsArgs) args: DoctorsArgs, @Ctx() ctx: HealthcareContext): Promise<Connection<DoctorRow>> {
    const window = pageWindow(args, DOCTORS_ORDER);
    const page = await ctx.services.doctors.search(args, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Query(() => DoctorType, { nullable: true, description: 'A doctor by id (public).' })
  doctor(@Arg('id', () => ID) id: string, @Ctx() ctx: HealthcareContext): Promise<DoctorRow | null> {
    return doctorLoader(ctx).load(id);
  }

  @FieldResolver(() => String, { description: 'Surname, name, patronymic.' })
  fullName(@Root() doctor: DoctorRow): string {
    return [doctor.lastName, doctor.firstName, doctor.middleName].filter(Boolean).join(' ');
  }

  @FieldResolver(() => SpecialtyType)
  specialty(@Root() doctor: DoctorRow, @Ctx() ctx: HealthcareContext): Promise<SpecialtyRow | null> {
    return specialtyLoader(ctx).load(doctor.specialtyId);
  }

  @FieldResolver(() => ClinicType)
  clinic(@Root() doctor: DoctorRow, @Ctx() ctx: HealthcareContext): Promise<ClinicRow | null> {
    return clinicLoader(ctx).load(doctor.clinicId);
  }

  @FieldResolver(() => SlotConnection, { description: "The doctor's free slots in a period, earliest first (public)." })
  async freeSlots(@Root() doctor: DoctorRow, @Args(() => FreeSlotsArgs) args: FreeSlotsArgs, @Ctx() ctx: HealthcareContext): Promise<Connection<SlotRow>> {
    const window = pageWindow(args, SLOTS_ORDER);
    const outcome = await ctx.services.slots.free(doctor.id, args, window);
    if (!outcome.ok) throw badUserInput(userErrorsFor(outcome.problems, ctx.locale)[0].message, 'to');
    return toConnection(outcome.value.nodes, window, outcome.value.totalCount);
  }
}
