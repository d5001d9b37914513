import { createLogger, openTestDatabase, testDatabaseUrl, type SubgraphTestDatabase } from '@eco/kit';
import { randomUUID } from 'node:crypto';
import { openHealthcareDatabase } from '../../src/database';
import type { PrismaClient, Slot } from '../../src/generated/prisma/client';
import { createHealthcareServices, type HealthcareServices } from '../../src/services';

export const DATABASE_URL = testDatabaseUrl();
export const silentLogger = createLogger('healthcare-test', 'silent');

export const PATIENT = '00000000-0000-4000-8000-000000000001';
export const PATIENT2 = '00000000-0000-4000-8000-000000000002';

/** A clock the test sets and moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-03-02T06:00:00Z')) {}
  readonly now = (): Date => new Date(this.current);
  set(date: Date | string): void {
    this.current = new Date(date);
  }
}

export interface TestDatabase extends SubgraphTestDatabase<PrismaClient> {
  clock: TestClock;
  services: HealthcareServices;
}

/** A fresh PostgreSQL schema per test file, migrated; dropped by close(). */
export async function createTestDatabase(options: { lockTimeoutMs?: number; poolSize?: number } = {}): Promise<TestDatabase> {
  const db = await openTestDatabase({ open: openHealthcareDatabase, schemaPrefix: 'healthcare_test', logger: silentLogger, poolSize: options.poolSize, plainPoolSize: 4 });
  const clock = new TestClock();
  return {
    ...db,
    clock,
    services: createHealthcareServices(db.prisma, { dbSchema: db.schema, now: clock.now, rules: { lockTimeoutMs: options.lockTimeoutMs ?? 3_000 } }),
  };
}

export interface Fixture {
  clinicId: string;
  specialtyId: string;
  otherSpecialtyId: string;
  doctorId: string;
  otherDoctorId: string;
  /** A doctor of `otherSpecialtyId`. */
  dentistId: string;
}

/** A clinic with two therapists and a dentist; no slots yet. */
export async function insertFixture(db: TestDatabase): Promise<Fixture> {
  const f: Fixture = {
    clinicId: randomUUID(),
    specialtyId: randomUUID(),
    otherSpecialtyId: randomUUID(),
    doctorId: randomUUID(),
    otherDoctorId: randomUUID(),
    dentistId: randomUUID(),
  };
  await db.prisma.specialty.createMany({
    data: [
      { id: f.specialtyId, code: `therapist-${f.specialtyId.slice(0, 8)}`, nameRu: 'Терапевт', nameEn: 'General practitioner' },
      { id: f.otherSpecialtyId, code: `dentist-${f.otherSpecialtyId.slice(0, 8)}`, nameRu: 'Стоматолог', nameEn: 'Dentist' },
    ],
  });
  await db.prisma.clinic.create({
    data: {
      id: f.clinicId,
      name: 'ГБУЗ «Городская поликлиника № 62 ДЗМ»',
      regionCode: '77',
      district: 'САО',
      address: 'г. Москва, ул. Фестивальная, д. 4',
      type: 'ADULT',
      phone: '+74954579560',
      hours: [{ weekday: 1, opens: '08:00', closes: '20:00' }],
    },
  });
  await db.prisma.doctor.createMany({
    data: [
      { id: f.doctorId, lastName: 'Смирнова', firstName: 'Елена', middleName: 'Викторовна', specialtyId: f.specialtyId, clinicId: f.clinicId, room: '214', slotMinutes: 15 },
      { id: f.otherDoctorId, lastName: 'Кузнецов', firstName: 'Андрей', middleName: null, specialtyId: f.specialtyId, clinicId: f.clinicId, room: '216', slotMinutes: 15 },
      { id: f.dentistId, lastName: 'Макаров', firstName: 'Виктор', middleName: 'Геннадьевич', specialtyId: f.otherSpecialtyId, clinicId: f.clinicId, room: '3', slotMinutes: 30 },
    ],
  });
  return f;
}

export async function insertSlot(db: TestDatabase, doctorId: string, startsAt: string | Date, durationMinutes = 15): Promise<Slot> {
  return db.prisma.slot.create({ data: { id: randomUUID(), doctorId, startsAt: new Date(startsAt), durationMinutes } });
}
