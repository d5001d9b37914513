import type { AppointmentRow } from './appointments/appointments.service';
import type { ClinicRow, SpecialtyRow } from './clinics/clinics.service';
import type { HealthcareContext } from './context';
import type { DoctorRow } from './doctors/doctors.service';
import type { SlotRow } from './slots/slots.service';

/** The request's entity loaders: queries, rules, field resolvers and `__resolveReference` share them. */
export const clinicLoader = (ctx: HealthcareContext) => ctx.loaders.get<string, ClinicRow>('Clinic.byId', (ids) => ctx.services.clinics.byIds(ids));
export const specialtyLoader = (ctx: HealthcareContext) =>
  ctx.loaders.get<string, SpecialtyRow>('Specialty.byId', (ids) => ctx.services.clinics.specialtiesByIds(ids));
export const clinicSpecialtiesLoader = (ctx: HealthcareContext) =>
  ctx.loaders.get<string, SpecialtyRow[]>('Clinic.specialties', (ids) => ctx.services.clinics.specialtiesOfClinics(ids));
export const doctorLoader = (ctx: HealthcareContext) => ctx.loaders.get<string, DoctorRow>('Doctor.byId', (ids) => ctx.services.doctors.byIds(ids));
export const slotLoader = (ctx: HealthcareContext) => ctx.loaders.get<string, SlotRow>('Slot.byId', (ids) => ctx.services.slots.byIds(ids));
export const appointmentLoader = (ctx: HealthcareContext) =>
  ctx.loaders.get<string, AppointmentRow>('Appointment.byId', (ids) => ctx.services.appointments.byIds(ids));

/** After a mutation, later reads in the same request must see the new rows. */
export function primeAppointment(ctx: HealthcareContext, row: AppointmentRow): AppointmentRow {
  appointmentLoader(ctx).clear(row.id).prime(row.id, row);
  return row;
}
