import {
  appointmentBooked,
  appointmentCancelled,
  appointmentRescheduled,
  isLockTimeout,
  isUniqueViolationOn,
  keysetOrder,
  type Outbox,
  type PageWindow,
} from '@eco/kit';
import { randomUUID } from 'node:crypto';
import type { Appointment, AppointmentStatus, Prisma, PrismaClient } from '../generated/prisma/client';
import { HOUR_MS } from '../shared/clock';
import { isUuid } from '../shared/ids';
import type { Page } from '../shared/page';
import { failure, problem, Refusal, success, type HealthcareProblem, type Outcome } from '../shared/problems';
import { appointmentEvent, type VisitFacts } from './appointment-events';

export type AppointmentRow = Appointment;

export interface AppointmentRules {
  /** Cancel or move no later than this many hours before the start (default 2). */
  cancellationCutoffHours: number;
  /** How long a reschedule waits for a row another transaction holds before giving up. */
  lockTimeoutMs: number;
}

export const DEFAULT_APPOINTMENT_RULES: AppointmentRules = { cancellationCutoffHours: 2, lockTimeoutMs: 3_000 };

/** Index names from the init migration: the rules the database itself enforces. */
const ACTIVE_SLOT_INDEX = 'appointment_active_slot_key';
const ACTIVE_SPECIALTY_INDEX = 'appointment_active_specialty_key';

/**
 * Under a burst of bookings most attempts wait for a slot row another attempt holds; a longer
 * wait than Prisma's 2 s / 5 s defaults is queueing, not failure.
 */
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

const VISIT_INCLUDE = { doctor: { include: { specialty: true, clinic: true } } } as const;

/** Latest slot first. */
export const PATIENT_APPOINTMENTS_ORDER = keysetOrder<AppointmentRow>('appointments', [['slot.startsAt', 'desc'], ['id', 'asc']]);

/**
 * Booking, cancelling and moving appointments. The two rules that matter under concurrency —
 * a slot is booked at most once, a patient has at most one active appointment per specialty —
 * are partial unique indexes; the checks here only give the common case a cheap, clear answer,
 * and a unique violation from a race becomes the same coded problem.
 */
export class AppointmentsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly now: () => Date,
    private readonly rules: AppointmentRules = DEFAULT_APPOINTMENT_RULES,
  ) {}

  async byIds(ids: readonly string[]): Promise<(AppointmentRow | null)[]> {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.prisma.appointment.findMany({ where: { id: { in: valid } } }) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** «Мои записи»: the patient's appointments, the latest visit first. */
  async listForPatient(patientId: string, statuses: readonly AppointmentStatus[] | null | undefined, window: PageWindow): Promise<Page<AppointmentRow>> {
    const where: Prisma.AppointmentWhereInput = { patientId, ...(statuses?.length ? { status: { in: [...statuses] } } : {}) };
    const [nodes, totalCount] = await Promise.all([
      // The slot's start is the sort key: each row brings it along for its cursor.
      this.prisma.appointment.findMany({
        where: { AND: [where, window.order.after(window.after)] },
        orderBy: window.order.orderBy,
        take: window.take,
        include: { slot: { select: { startsAt: true } } },
      }),
      this.prisma.appointment.count({ where }),
    ]);
    return { nodes, totalCount };
  }

  /** The appointment with its slot, doctor, specialty and clinic (the .ics entry, events). */
  async visitOf(appointment: AppointmentRow): Promise<VisitFacts> {
    const slot = await this.prisma.slot.findUniqueOrThrow({ where: { id: appointment.slotId }, include: VISIT_INCLUDE });
    return { slot, doctor: slot.doctor };
  }

  async book(patientId: string, input: { slotId: string }): Promise<Outcome<AppointmentRow>> {
    const at = this.now();
    const slot = isUuid(input.slotId) ? await this.prisma.slot.findUnique({ where: { id: input.slotId }, include: VISIT_INCLUDE }) : null;
    if (!slot) return failure([problem('slotId', 'SLOT_NOT_FOUND')]);
    if (slot.startsAt <= at) return failure([problem('slotId', 'SLOT_IN_PAST')]);
    // Cheap refusals for the common case; the transaction below decides races.
    if (slot.status !== 'FREE') return failure([problem('slotId', 'SLOT_TAKEN')]);
    const specialtyId = slot.doctor.specialtyId;
    if (await this.activeIn(patientId, specialtyId, at)) return failure([problem('slotId', 'ACTIVE_APPOINTMENT_EXISTS')]);

    return this.refusing(() =>
      this.prisma.$transaction(async (tx) => {
        // Slot row first, as every writer does, so concurrent bookings queue on it (no deadlocks).
        const taken = await tx.slot.updateMany({ where: { id: slot.id, status: 'FREE', startsAt: { gt: at } }, data: { status: 'BOOKED' } });
        if (taken.count !== 1) throw new Refusal(problem('slotId', 'SLOT_TAKEN'));
        await this.completePastOf(tx, patientId, specialtyId, at);
        const appointment = await tx.appointment.create({
          data: { id: randomUUID(), patientId, slotId: slot.id, doctorId: slot.doctorId, specialtyId, status: 'BOOKED', bookedAt: at },
        });
        await this.outbox.append(tx, appointmentBooked, appointmentEvent(appointment, { slot: { ...slot, status: 'BOOKED' }, doctor: slot.doctor }, at));
        return success(appointment);
      }, TX_OPTIONS),
    );
  }

  /** The patient cancels until the cut-off; the slot is free again for others. */
  async cancel(patientId: string, input: { appointmentId: string }): Promise<Outcome<AppointmentRow>> {
    const at = this.now();
    const found = await this.ownActive(patientId, input.appointmentId, at);
    if (!found.ok) return failure(found.problems);
    const { appointment, visit } = found.value;
    return this.refusing(() =>
      this.prisma.$transaction(async (tx) => {
        // The guard is in the UPDATE: a concurrent cancel or move that got there first wins.
        const changed = await tx.appointment.updateMany({
          where: { id: appointment.id, status: 'BOOKED', slotId: appointment.slotId },
          data: { status: 'CANCELLED', cancelledAt: at },
        });
        if (changed.count !== 1) throw new Refusal(problem('appointmentId', 'APPOINTMENT_NOT_ACTIVE'));
        await tx.slot.update({ where: { id: appointment.slotId }, data: { status: 'FREE' } });
        const cancelled = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
        await this.outbox.append(tx, appointmentCancelled, appointmentEvent(cancelled, { ...visit, slot: { ...visit.slot, status: 'FREE' } }, at));
        return success(cancelled);
      }, TX_OPTIONS),
    );
  }

  /**
   * Moves an active appointment to another free slot of the same specialty, in one transaction:
   * take the new slot, move the appointment, free the old slot, record the event. Any step that
   * fails rolls back the ones before it, so the patient keeps the original appointment.
   */
  async reschedule(patientId: string, input: { appointmentId: string; slotId: string }): Promise<Outcome<AppointmentRow>> {
    const at = this.now();
    const found = await this.ownActive(patientId, input.appointmentId, at);
    if (!found.ok) return failure(found.problems);
    const { appointment, visit } = found.value;
    const target = isUuid(input.slotId) ? await this.prisma.slot.findUnique({ where: { id: input.slotId }, include: VISIT_INCLUDE }) : null;
    if (!target) return failure([problem('slotId', 'SLOT_NOT_FOUND')]);
    if (target.id === appointment.slotId) return failure([problem('slotId', 'SAME_SLOT')]);
    if (target.startsAt <= at) return failure([problem('slotId', 'SLOT_IN_PAST')]);
    if (target.doctor.specialtyId !== appointment.specialtyId) return failure([problem('slotId', 'SPECIALTY_MISMATCH')]);
    if (target.status !== 'FREE') return failure([problem('slotId', 'SLOT_TAKEN')]);

    return this.refusing(() =>
      this.prisma.$transaction(async (tx) => {
        // A request must not hang behind a row another device or a clinic is changing.
        await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(this.rules.lockTimeoutMs))}`);
        const taken = await tx.slot.updateMany({ where: { id: target.id, status: 'FREE', startsAt: { gt: at } }, data: { status: 'BOOKED' } });
        if (taken.count !== 1) throw new Refusal(problem('slotId', 'SLOT_TAKEN'));
        const moved = await tx.appointment.updateMany({
          where: { id: appointment.id, status: 'BOOKED', slotId: appointment.slotId },
          data: { slotId: target.id, doctorId: target.doctorId, rescheduled: { increment: 1 } },
        });
        if (moved.count !== 1) throw new Refusal(problem('appointmentId', 'APPOINTMENT_NOT_ACTIVE'));
        await tx.slot.update({ where: { id: appointment.slotId }, data: { status: 'FREE' } });
        const updated = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id } });
        const event = appointmentEvent(updated, { slot: { ...target, status: 'BOOKED' }, doctor: target.doctor }, at);
        await this.outbox.append(tx, appointmentRescheduled, { ...event, payload: { ...event.payload, previousStartsAt: visit.slot.startsAt.toISOString() } });
        return success(updated);
      }, TX_OPTIONS),
    );
  }

  /**
   * A visit whose time has come is no longer active: it becomes COMPLETED (unless the clinic
   * marked it otherwise), which also lets the patient book that specialty again.
   */
  async completePast(): Promise<number> {
    const { count } = await this.prisma.appointment.updateMany({ where: { status: 'BOOKED', slot: { startsAt: { lte: this.now() } } }, data: { status: 'COMPLETED' } });
    return count;
  }

  private async completePastOf(tx: Prisma.TransactionClient, patientId: string, specialtyId: string, at: Date): Promise<void> {
    await tx.appointment.updateMany({ where: { patientId, specialtyId, status: 'BOOKED', slot: { startsAt: { lte: at } } }, data: { status: 'COMPLETED' } });
  }

  private async activeIn(patientId: string, specialtyId: string, at: Date): Promise<boolean> {
    const active = await this.prisma.appointment.findFirst({ where: { patientId, specialtyId, status: 'BOOKED', slot: { startsAt: { gt: at } } }, select: { id: true } });
    return active !== null;
  }

  /** The patient's own active appointment, still before its cut-off; someone else's is "not found". */
  private async ownActive(patientId: string, appointmentId: string, at: Date): Promise<Outcome<{ appointment: AppointmentRow; visit: VisitFacts }>> {
    const appointment = isUuid(appointmentId) ? await this.prisma.appointment.findUnique({ where: { id: appointmentId } }) : null;
    if (!appointment || appointment.patientId !== patientId) return failure([problem('appointmentId', 'APPOINTMENT_NOT_FOUND')]);
    const visit = await this.visitOf(appointment);
    if (appointment.status !== 'BOOKED' || visit.slot.startsAt <= at) return failure([problem('appointmentId', 'APPOINTMENT_NOT_ACTIVE')]);
    const hours = this.rules.cancellationCutoffHours;
    if (visit.slot.startsAt.getTime() - at.getTime() < hours * HOUR_MS) return failure([problem('appointmentId', 'CANCELLATION_CUTOFF_PASSED', { hours })]);
    return success({ appointment, visit });
  }

  /** Runs a transaction; its refusals and the races the indexes caught become coded problems. */
  private async refusing<T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    try {
      return await work();
    } catch (error) {
      const known = problemOf(error);
      if (known) return failure([known]);
      throw error;
    }
  }
}

function problemOf(error: unknown): HealthcareProblem | null {
  if (error instanceof Refusal) return error.problem;
  if (isUniqueViolationOn(error, ACTIVE_SLOT_INDEX)) return problem('slotId', 'SLOT_TAKEN');
  if (isUniqueViolationOn(error, ACTIVE_SPECIALTY_INDEX)) return problem('slotId', 'ACTIVE_APPOINTMENT_EXISTS');
  if (isLockTimeout(error)) return problem('appointmentId', 'APPOINTMENT_BUSY');
  return null;
}
