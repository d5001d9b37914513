import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HealthcareContext } from '../context';
import { DoctorType } from '../doctors/doctor.type';
import type { DoctorRow } from '../doctors/doctors.service';
import { doctorLoader, slotLoader } from '../loaders';
import { SlotType } from './slot.type';
import type { SlotRow } from './slots.service';

@Resolver(() => SlotType)
export class SlotResolver {
  @Directive('@tag(name: "public")')
  @Query(() => SlotType, { nullable: true, description: 'A slot by id (public).' })
  slot(@Arg('id', () => ID) id: string, @Ctx() ctx: HealthcareContext): Promise<SlotRow | null> {
    return slotLoader(ctx).load(id);
  }

  @FieldResolver(() => Date, { description: 'End, UTC.' })
  endsAt(@Root() slot: SlotRow): Date {
    return new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);
  }

  @FieldResolver(() => DoctorType)
  doctor(@Root() slot: SlotRow, @Ctx() ctx: HealthcareContext): Promise<DoctorRow | null> {
    return doctorLoader(ctx).load(slot.doctorId);
  }
}
