import { createLogger, subgraphConfigFromEnv, type Logger } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { openHealthcareDatabase } from './database';
import type { PrismaClient } from './generated/prisma/client';
import { DEMO_CLINICS, DEMO_DOCTORS, DEMO_SPECIALTIES, HISTORY_DAYS, SCHEDULE_DAYS } from './seed-data';
import { DAY_MS } from './shared/clock';
import { planSlots } from './slots/schedule';

const CHUNK = 2_000;

/**
 * Clinics, specialties, doctors and their slots for the past week and the next three weeks from
 * the clinics' working hours, relative to `now`. Idempotent: rows are inserted by fixed ids, slots by their
 * unique (doctor, start) with skipDuplicates, so a second run adds only the days that came into
 * the window and never frees or changes a booked slot.
 */
export async function seedDemoData(prisma: PrismaClient, options: { now?: Date; logger?: Logger } = {}): Promise<void> {
  const now = options.now ?? new Date();
  const specialties = await prisma.specialty.createMany({ data: DEMO_SPECIALTIES, skipDuplicates: true });
  const clinics = await prisma.clinic.createMany({
    data: DEMO_CLINICS.map((clinic) => ({ ...clinic, hours: clinic.hours.map((h) => ({ ...h })) })),
    skipDuplicates: true,
  });
  const specialtyIdByCode = new Map(DEMO_SPECIALTIES.map((s) => [s.code, s.id]));
  const doctors = await prisma.doctor.createMany({
    data: DEMO_DOCTORS.map(({ shift: _shift, specialtyCode, ...doctor }) => ({ ...doctor, specialtyId: specialtyIdByCode.get(specialtyCode) as string })),
    skipDuplicates: true,
  });

  // Last week's schedule too: past slots are part of the history and can never be booked.
  const historyFrom = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const clinicById = new Map(DEMO_CLINICS.map((c) => [c.id, c]));
  const slots = DEMO_DOCTORS.flatMap((doctor) => {
    const clinic = clinicById.get(doctor.clinicId)!;
    return planSlots({ hours: clinic.hours, utcOffsetMinutes: clinic.utcOffsetMinutes, shift: doctor.shift, slotMinutes: doctor.slotMinutes, from: historyFrom, days: HISTORY_DAYS + SCHEDULE_DAYS }).map(
      (slot) => ({ id: randomUUID(), doctorId: doctor.id, startsAt: slot.startsAt, durationMinutes: slot.durationMinutes }),
    );
  });
  let createdSlots = 0;
  for (let start = 0; start < slots.length; start += CHUNK) {
    createdSlots += (await prisma.slot.createMany({ data: slots.slice(start, start + CHUNK), skipDuplicates: true })).count;
  }
  options.logger?.info(
    { specialties: specialties.count, clinics: clinics.count, doctors: doctors.count, slots: createdSlots },
    'healthcare demo data seeded',
  );
}

if (require.main === module) {
  const logger = createLogger('healthcare-seed');
  const config = subgraphConfigFromEnv('healthcare', 4004);
  (async () => {
    const prisma = await openHealthcareDatabase({ databaseUrl: config.databaseUrl, schema: config.dbSchema, logger });
    try {
      await seedDemoData(prisma, { logger });
    } finally {
      await prisma.$disconnect();
    }
  })().catch((error: unknown) => {
    logger.error({ err: error }, 'seeding failed');
    process.exit(1);
  });
}
