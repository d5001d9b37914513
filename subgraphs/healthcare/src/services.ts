import { SqlSchema } from '@eco/kit';
import { AppointmentsService, DEFAULT_APPOINTMENT_RULES, type AppointmentRules } from './appointments/appointments.service';
import { ClinicsService } from './clinics/clinics.service';
import { DoctorsService } from './doctors/doctors.service';
import { OutboxService } from './events/outbox.service';
import type { PrismaClient } from './generated/prisma/client';
import { RemindersService } from './reminders/reminders.service';
import { SlotsService } from './slots/slots.service';

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
  const sql = new SqlSchema(options.dbSchema);
  return {
    now,
    clinics: new ClinicsService(prisma),
    doctors: new DoctorsService(prisma),
    slots: new SlotsService(prisma, now),
    appointments: new AppointmentsService(prisma, sql, now, { ...DEFAULT_APPOINTMENT_RULES, ...options.rules }),
    reminders: new RemindersService(prisma, sql, now, options.reminderLeadHours),
    outbox: new OutboxService(prisma),
  };
}

export type HealthcareServices = ReturnType<typeof createHealthcareServices>;
