import { appointmentReminder, type Outbox } from '@eco/kit';
import { appointmentEvent } from '../appointments/appointment-events';
import type { PrismaClient } from '../generated/prisma/client';
import { HOUR_MS } from '../shared/clock';

/** A reminder is due this long before the visit. */
export const DEFAULT_REMINDER_LEAD_HOURS = 24;

const BATCH = 500;

/**
 * «Напоминаем о записи к врачу»: one `appointment.reminder` event per visit, from 24 h before it
 * until it starts. A reminder that became due while the process was down still goes out late,
 * never twice: the (appointment, slot) row and the event commit together, and a moved
 * appointment is reminded of once more for its new time.
 */
export class RemindersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly now: () => Date,
    private readonly leadHours = DEFAULT_REMINDER_LEAD_HOURS,
  ) {}

  /** One pass; returns how many reminders were written. Tests call it with a set clock. */
  async sendDue(): Promise<number> {
    const at = this.now();
    const due = await this.prisma.appointment.findMany({
      where: { status: 'BOOKED', slot: { startsAt: { gt: at, lte: new Date(at.getTime() + this.leadHours * HOUR_MS) } } },
      include: { slot: { include: { doctor: { include: { specialty: true, clinic: true } } } } },
      orderBy: { slot: { startsAt: 'asc' } },
      take: BATCH,
    });
    let sent = 0;
    for (const { slot, ...appointment } of due) {
      const created = await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.appointmentReminder.createMany({ data: [{ appointmentId: appointment.id, slotId: slot.id, sentAt: at }], skipDuplicates: true });
        if (count === 0) return false;
        await this.outbox.append(tx, appointmentReminder, appointmentEvent(appointment, { slot, doctor: slot.doctor }, at));
        return true;
      });
      if (created) sent += 1;
    }
    return sent;
  }
}
