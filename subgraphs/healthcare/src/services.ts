import { Outbox, SqlSchema } from '@eco/kit';
import { AppointmentsService, DEFAULT_APPOINTMENT_RULES, type AppointmentRules } from './appointments/appointments.service';
import { ClinicsService } from './clinics/clinics.service';
import { DoctorsService } from './doctors/doctors.service';
import type { PrismaClient } from './generated/prisma/client';
import { RemindersService } from './reminders/reminders.service';
import { SlotsService } from './slots/slots.service';

/** This subgraph's name: the source of its outbox events (declared in @eco/kit's contracts/healthcare.ts). */
export const HEALTHCARE_SOURCE = 'healthcare';

export interface HealthcareServiceOptions {
  /** The PostgreSQL schema the Prisma client is bound to (the outbox lock is per schema). */
  dbSchema: string;
  /** The clock every rule reads (past slots, cut-off, reminders); tests set it. */
  now?: () => Date;
  rules?: Partial<AppointmentRules>;
  reminderLeadHours?: number;
}

/** What resolvers reach as `ctx.services`; only these touch the database. */
export function createHealthcareServices(prisma: PrismaClient, options: HealthcareServiceOptions) {
  const now = options.now ?? (() => new Date());
  const outbox = new Outbox(prisma, HEALTHCARE_SOURCE, new SqlSchema(options.dbSchema));
  return {
    now,
    clinics: new ClinicsService(prisma),
    doctors: new DoctorsService(prisma),
    slots: new SlotsService(prisma, now),
    appointments: new AppointmentsService(prisma, outbox, now, { ...DEFAULT_APPOINTMENT_RULES, ...options.rules }),
    reminders: new RemindersService(prisma, outbox, now, options.reminderLeadHours),
    outbox,
  };
}

export type HealthcareServices = ReturnType<typeof createHealthcareServices>;
