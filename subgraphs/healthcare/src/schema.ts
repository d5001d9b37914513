import { buildFederatedSchema, type FederatedSchema } from '@eco/kit';
import { appointmentReference } from './appointments/appointment.reference';
import { AppointmentResolver } from './appointments/appointment.resolver';
import { clinicReference } from './clinics/clinic.reference';
import { ClinicResolver } from './clinics/clinic.resolver';
import { SpecialtyResolver } from './clinics/specialty.resolver';
import { doctorReference } from './doctors/doctor.reference';
import { DoctorResolver } from './doctors/doctor.resolver';
import { permissions } from './permissions';
import { slotReference } from './slots/slot.reference';
import { SlotResolver } from './slots/slot.resolver';
import { UserAppointmentsResolver } from './users/user-appointments.resolver';
import { userReference } from './users/user.reference';

/** The healthcare subgraph schema; needs no database (print-sdl builds it too). */
export async function buildHealthcareSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema({
    resolvers: [ClinicResolver, SpecialtyResolver, DoctorResolver, SlotResolver, AppointmentResolver, UserAppointmentsResolver],
    referenceResolvers: {
      Clinic: clinicReference,
      Doctor: doctorReference,
      Slot: slotReference,
      Appointment: appointmentReference,
      User: userReference,
    },
    permissions,
    foreignEntities: ['User', 'Region'],
  });
}
