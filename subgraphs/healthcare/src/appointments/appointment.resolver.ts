import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClinicType } from '../clinics/clinic.type';
import type { ClinicRow, SpecialtyRow } from '../clinics/clinics.service';
import { SpecialtyType } from '../clinics/specialty.type';
import type { HealthcareContext } from '../context';
import { DoctorType } from '../doctors/doctor.type';
import type { DoctorRow } from '../doctors/doctors.service';
import { appointmentLoader, clinicLoader, doctorLoader, primeAppointment, slotLoader, specialtyLoader } from '../loaders';
import { userErrorsFor, type Outcome } from '../shared/problems';
import { SlotType } from '../slots/slot.type';
import type { SlotRow } from '../slots/slots.service';
import { UserRef } from '../users/user.type';
import { appointmentCalendar } from './appointment-calendar';
import { BookAppointmentInput, CancelAppointmentInput, RescheduleAppointmentInput } from './appointment.input';
import { BookAppointmentPayload, CancelAppointmentPayload, RescheduleAppointmentPayload } from './appointment.payload';
import { AppointmentType } from './appointment.type';
import type { AppointmentRow } from './appointments.service';

type Payload = { appointment: AppointmentRow | null; userErrors: BookAppointmentPayload['userErrors'] };

function payloadOf(outcome: Outcome<AppointmentRow>, ctx: HealthcareContext): Payload {
  return outcome.ok ? { appointment: primeAppointment(ctx, outcome.value), userErrors: [] } : { appointment: null, userErrors: userErrorsFor(outcome.problems, ctx.locale) };
}

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Query(() => AppointmentType, { nullable: true, description: 'An appointment: for its patient only.' })
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: HealthcareContext): Promise<AppointmentRow | null> {
    return appointmentLoader(ctx).load(id);
  }

  @Mutation(() => BookAppointmentPayload, {
    description: 'Book a free slot. One active appointment per specialty; a slot is never booked twice; past slots are refused.',
  })
  async bookAppointment(@Arg('input') input: BookAppointmentInput, @Ctx() ctx: HealthcareContext): Promise<BookAppointmentPayload> {
    return payloadOf(await ctx.services.appointments.book(ctx.viewer.userId as string, input), ctx);
  }

  @Mutation(() => CancelAppointmentPayload, { description: 'Cancel your appointment until the cut-off before it (default 2 h); the slot is freed.' })
  async cancelAppointment(@Arg('input') input: CancelAppointmentInput, @Ctx() ctx: HealthcareContext): Promise<CancelAppointmentPayload> {
    return payloadOf(await ctx.services.appointments.cancel(ctx.viewer.userId as string, input), ctx);
  }

  @Mutation(() => RescheduleAppointmentPayload, {
    description: 'Move your appointment to another free slot of the same specialty: both change or neither.',
  })
  async rescheduleAppointment(@Arg('input') input: RescheduleAppointmentInput, @Ctx() ctx: HealthcareContext): Promise<RescheduleAppointmentPayload> {
    return payloadOf(await ctx.services.appointments.reschedule(ctx.viewer.userId as string, input), ctx);
  }

  @FieldResolver(() => UserRef, { description: 'The patient.' })
  patient(@Root() appointment: AppointmentRow): UserRef {
    return { id: appointment.patientId };
  }

  @FieldResolver(() => SlotType)
  slot(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<SlotRow | null> {
    return slotLoader(ctx).load(appointment.slotId);
  }

  @FieldResolver(() => Date, { description: "The visit's start, UTC (the slot's)." })
  async startsAt(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<Date | null> {
    return (await slotLoader(ctx).load(appointment.slotId))?.startsAt ?? null;
  }

  @FieldResolver(() => DoctorType)
  doctor(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<DoctorRow | null> {
    return doctorLoader(ctx).load(appointment.doctorId);
  }

  @FieldResolver(() => SpecialtyType)
  specialty(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<SpecialtyRow | null> {
    return specialtyLoader(ctx).load(appointment.specialtyId);
  }

  @FieldResolver(() => ClinicType)
  async clinic(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<ClinicRow | null> {
    const doctor = await doctorLoader(ctx).load(appointment.doctorId);
    return doctor ? clinicLoader(ctx).load(doctor.clinicId) : null;
  }

  @FieldResolver(() => String, {
    description: 'Path of the .ics calendar entry on the healthcare service (GET with the same bearer token).',
  })
  calendarPath(@Root() appointment: AppointmentRow): string {
    return `/appointments/${appointment.id}.ics`;
  }

  @FieldResolver(() => String, { description: 'The calendar entry itself (RFC 5545 text/calendar), in the request language.' })
  async icsContent(@Root() appointment: AppointmentRow, @Ctx() ctx: HealthcareContext): Promise<string> {
    const visit = await ctx.services.appointments.visitOf(appointment);
    return appointmentCalendar(appointment, visit, ctx.locale, ctx.services.now());
  }
}
