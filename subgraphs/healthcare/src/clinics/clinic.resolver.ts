import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HealthcareContext } from '../context';
import { DoctorType } from '../doctors/doctor.type';
import { DOCTORS_ORDER, type DoctorRow } from '../doctors/doctors.service';
import { clinicLoader, clinicSpecialtiesLoader } from '../loaders';
import { RegionRef } from '../regions/region.type';
import { ClinicConnection, ClinicType } from './clinic.type';
import { CLINICS_ORDER, type ClinicRow, type SpecialtyRow } from './clinics.service';
import { SpecialtyType } from './specialty.type';

@ArgsType()
export class ClinicsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Region code, e.g. "77".' })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the district name, any case, e.g. "сао".' })
  district?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only clinics with a doctor of this specialty.' })
  specialtyId?: string | null;
}

@Resolver(() => ClinicType)
export class ClinicResolver {
  @Directive('@tag(name: "public")')
  @Query(() => ClinicConnection, { description: 'Clinics by region, district and specialty, by name (public).' })
  async clinics(@Args(() => ClinicsArgs) args: ClinicsArgs, @Ctx() ctx: HealthcareContext): Promise<Connection<ClinicRow>> {
    const window = pageWindow(args, CLINICS_ORDER);
    const page = await ctx.services.clinics.search(args, window);
    return toConnection(page.nodes, window, page.totalCount);
  }

  @Directive('@tag(name: "public")')
  @Query(() => ClinicType, { nullable: true, description: 'A clinic by id (public).' })
  clinic(@Arg('id', () => ID) id: string, @Ctx() ctx: HealthcareContext): Promise<ClinicRow | null> {
    return clinicLoader(ctx).load(id);
  }

  @FieldResolver(() => RegionRef, { description: "The region (catalog's Region: names, federal district)." })
  region(@Root() clinic: ClinicRow): RegionRef {
    return { code: clinic.regionCode };
  }

  @FieldResolver(() => [SpecialtyType], { description: 'Specialties the clinic has doctors of.' })
  async specialties(@Root() clinic: ClinicRow, @Ctx() ctx: HealthcareContext): Promise<SpecialtyRow[]> {
    return (await clinicSpecialtiesLoader(ctx).load(clinic.id)) ?? [];
  }

  @FieldResolver(() => [DoctorType], { description: "The clinic's doctors, optionally of one specialty." })
  async doctors(
    @Root() clinic: ClinicRow,
    @Arg('specialtyId', () => ID, { nullable: true }) specialtyId: string | null,
    @Ctx() ctx: HealthcareContext,
  ): Promise<DoctorRow[]> {
    const window = pageWindow({ first: 100 }, DOCTORS_ORDER);
    return (await ctx.services.doctors.search({ clinicId: clinic.id, specialtyId }, window)).nodes.slice(0, window.limit);
  }
}
