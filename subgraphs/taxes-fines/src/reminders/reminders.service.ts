import { fineDiscountEnding, TAX_REMINDER_DAYS, taxDueSoon, type EventContract, type Outbox, type PayloadOf } from '@eco/kit';
import type { PrismaClient } from '../generated/prisma/client';
import { discountDeadline, discountLastDay, fineAmountDueAt } from '../fines/fine-terms';
import { isExcludedFromDiscount } from '../fines/koap';
import { addDays, daysBetween, moscowDay, moscowDayLastInstant } from '../shared/calendar';
import { taxAmountDueAt } from '../taxes/tax-terms';

/** Kinds of reminder; (subject, kind) is unique, so each goes out at most once. */
export const ReminderKind = {
  FINE_DISCOUNT_ENDING: 'FINE_DISCOUNT_ENDING',
  TAX_DUE_30: 'TAX_DUE_30',
  TAX_DUE_7: 'TAX_DUE_7',
} as const;

/** Days before the deadline a reminder becomes due (taxes: the contract's TAX_REMINDER_DAYS). */
export const FINE_DISCOUNT_REMINDER_DAYS = 3;

const BATCH = 500;

/** What a reminder is about (a fine or a tax accrual) and whose it is. */
interface RemindedOf {
  type: 'Fine' | 'TaxAccrual';
  id: string;
  ownerId: string;
}

/**
 * Deadline reminders as outbox events (notifications turns them into messages). A reminder is
 * due from N days before the deadline until the deadline itself; one that became due while the
 * process was down still goes out late, but never twice, and a 30-day reminder is not sent once
 * the 7-day one is due. The reminder row and its event commit together.
 */
export class RemindersService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly outbox: Outbox,
    private readonly now: () => Date,
  ) {}

  /** One pass; returns how many reminders were written. Tests call it with a set clock. */
  async sendDue(): Promise<number> {
    const at = this.now();
    return (await this.fineReminders(at)) + (await this.taxReminders(at));
  }

  private async fineReminders(at: Date): Promise<number> {
    const today = moscowDay(at);
    // Day 20 after the decision is the last discount day: due while it is 0..3 days away.
    const fines = await this.prisma.fine.findMany({
      where: {
        state: 'UNPAID',
        decisionDate: { gte: addDays(today, -20), lte: addDays(today, FINE_DISCOUNT_REMINDER_DAYS - 20) },
      },
      orderBy: { decisionDate: 'asc' },
      take: BATCH,
    });
    let sent = 0;
    for (const fine of fines) {
      if (isExcludedFromDiscount(fine)) continue;
      const deadline = discountDeadline(fine) as Date;
      const created = await this.remind({ type: 'Fine', id: fine.id, ownerId: fine.ownerId }, ReminderKind.FINE_DISCOUNT_ENDING, at, fineDiscountEnding, {
        fineId: fine.id,
        ownerId: fine.ownerId,
        deadline: deadline.toISOString(),
        lastDay: discountLastDay(fine).toISOString().slice(0, 10),
        amountDue: fineAmountDueAt(fine, at),
        // A sandbox citizen's reminder is test data: TEST API keys' webhooks only.
        sandbox: fine.sandbox,
      });
      if (created) sent += 1;
    }
    return sent;
  }

  private async taxReminders(at: Date): Promise<number> {
    const today = moscowDay(at);
    const taxes = await this.prisma.taxAccrual.findMany({
      where: { state: 'UNPAID', dueDate: { gte: today, lte: addDays(today, TAX_REMINDER_DAYS[0]) } },
      orderBy: { dueDate: 'asc' },
      take: BATCH,
    });
    let sent = 0;
    for (const tax of taxes) {
      const daysLeft = daysBetween(today, tax.dueDate);
      const kind = daysLeft <= TAX_REMINDER_DAYS[1] ? ReminderKind.TAX_DUE_7 : ReminderKind.TAX_DUE_30;
      const created = await this.remind({ type: 'TaxAccrual', id: tax.id, ownerId: tax.ownerId }, kind, at, taxDueSoon, {
        taxId: tax.id,
        ownerId: tax.ownerId,
        // Due "by 1 December": its last moment in Moscow time.
        deadline: moscowDayLastInstant(tax.dueDate).toISOString(),
        dueDate: tax.dueDate.toISOString().slice(0, 10),
        daysBefore: kind === ReminderKind.TAX_DUE_7 ? TAX_REMINDER_DAYS[1] : TAX_REMINDER_DAYS[0],
        amountDue: taxAmountDueAt(tax, at),
        sandbox: tax.sandbox,
      });
      if (created) sent += 1;
    }
    return sent;
  }

  /**
   * The reminder row and its event, for the subject's owner, in one transaction; nothing if this
   * reminder went out already.
   */
  private async remind<C extends EventContract>(subject: RemindedOf, kind: string, at: Date, contract: C, payload: PayloadOf<C>): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.reminder.createMany({ data: [{ subjectId: subject.id, kind, sentAt: at }], skipDuplicates: true });
      if (count === 0) return false;
      await this.outbox.append(tx, contract, { subject: { type: subject.type, id: subject.id }, audience: { userIds: [subject.ownerId] }, payload, at });
      return true;
    });
  }
}
