import { allow, forbidden, openUnlessApiClientWithout, isAuthenticated, isCitizen, rule, unauthenticated, type IRules } from '@eco/kit';
import type { HealthcareContext } from './context';

/**
 * Who may do what. Fallback is deny (kit): a field without a rule is closed. Clinics, doctors,
 * specialties and slots are the public catalogue (anonymous callers search them); a slot says
 * only FREE/BOOKED, never by whom. An appointment is its patient's alone — also through
 * `_entities` — and a User's appointments are the user's own. Every rule is `no_cache`
 * (shield's contextual cache would answer for the first list item for all of them).
 */

const signedIn = (ctx: HealthcareContext) => ctx.viewer.userId !== null;

/** Parent-level: the appointment is the viewer's. */
const isPatient = rule('isPatient', { cache: 'no_cache' })((appointment: { patientId: string }, _args, ctx: HealthcareContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return appointment.patientId === ctx.viewer.userId ? true : forbidden('Only the patient can see this appointment');
});

/** `User.appointments`: only the user themself. */
const isSelf = rule('isSelf', { cache: 'no_cache' })((user: { id: string }, _args, ctx: HealthcareContext) => {
  if (!signedIn(ctx)) return unauthenticated();
  return ctx.viewer.userId === user.id ? true : forbidden('Only the user themself can list their appointments');
});

/** The public catalogue: anyone; a third-party API client only with the `catalog:read` scope. */
const isPublicCatalog = openUnlessApiClientWithout('catalog:read');

export const permissions: IRules = {
  Query: {
    clinics: isPublicCatalog,
    clinic: isPublicCatalog,
    specialties: isPublicCatalog,
    doctors: isPublicCatalog,
    doctor: isPublicCatalog,
    slot: isPublicCatalog,
    // The Appointment rule below decides per record.
    appointment: isAuthenticated,
  },
  Mutation: {
    // Patients book for themselves; the service checks an appointment is the viewer's own
    // (another's is "not found").
    bookAppointment: isCitizen,
    cancelAppointment: isCitizen,
    rescheduleAppointment: isCitizen,
  },
  Clinic: allow,
  WorkingHours: allow,
  Specialty: allow,
  Doctor: allow,
  Slot: allow,
  Region: allow,
  Appointment: { '*': isPatient },
  User: { id: allow, appointments: isSelf },
  // Reachable only through the guarded fields above.
  ClinicConnection: allow,
  ClinicEdge: allow,
  DoctorConnection: allow,
  DoctorEdge: allow,
  SlotConnection: allow,
  SlotEdge: allow,
  AppointmentConnection: allow,
  AppointmentEdge: allow,
  BookAppointmentPayload: allow,
  CancelAppointmentPayload: allow,
  RescheduleAppointmentPayload: allow,
};
