// The taxes-fines subgraph's events (see applications.ts for the shape of a declaration).
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { documentsAttachedBy } from './applications';
import { CalendarDate, Id, Instant, Kopecks, Nullable, Text } from './payload-types';

const PRODUCER = 'taxes-fines';

/** A sandbox (test) citizen's fine or tax: test data, TEST API keys' webhooks only. */
const Sandbox = Type.Boolean();

/**
 * A fine's 50 % discount (KoAP 32.2) ends in a few days and it is still unpaid: notifications
 * reminds its owner. Written at most once per fine, late if the scheduler was down.
 */
export const fineDiscountEnding = defineEvent({
  name: 'fine.discount_ending',
  producer: PRODUCER,
  description: 'An unpaid fine’s discount ends soon.',
  payload: Type.Object({
    fineId: Id,
    ownerId: Id,
    /** The last moment of the last discount day (Moscow time), and that day. */
    deadline: Instant,
    lastDay: CalendarDate,
    /** What is due now, with the discount. */
    amountDue: Kopecks,
    sandbox: Sandbox,
  }),
});

/** How many days before its due date a tax reminder goes out. */
export const TAX_REMINDER_DAYS = [30, 7] as const;

/**
 * A tax is due in 30 or in 7 days and still unpaid: notifications reminds its owner. Each of the
 * two reminders is written at most once per tax accrual.
 */
export const taxDueSoon = defineEvent({
  name: 'tax.due_soon',
  producer: PRODUCER,
  description: 'An unpaid tax is due soon.',
  payload: Type.Object({
    taxId: Id,
    ownerId: Id,
    /** The due date's last moment in Moscow time ("by 1 December"), and the date itself. */
    deadline: Instant,
    dueDate: CalendarDate,
    daysBefore: Type.Union(TAX_REMINDER_DAYS.map((days) => Type.Literal(days))),
    amountDue: Kopecks,
    sandbox: Sandbox,
  }),
});

/** The evidence documents of a fine appeal, for the department that reviews it (GIBDD). */
export const fineAppealDocumentsAttached = documentsAttachedBy(PRODUCER);

/**
 * A fine's owner appealed it (KoAP ch. 30): the fine is APPEALED, not payable, until the decision.
 * For the appellant's and the reviewing department's notifications, webhooks and the journal.
 * Ids only: never the appeal's text or evidence.
 */
export const fineAppealFiled = defineEvent({
  name: 'fine_appeal.filed',
  producer: PRODUCER,
  description: 'A fine was appealed by its owner.',
  payload: Type.Object({
    appealId: Id,
    fineId: Id,
    appellantId: Id,
    /** The department that reviews it. */
    departmentId: Id,
    at: Instant,
    sandbox: Sandbox,
  }),
});

/** accepted: the appeal is upheld and the fine cancelled; rejected: dismissed, the fine payable again. */
export const FINE_APPEAL_OUTCOMES = ['accepted', 'rejected'] as const;

/**
 * The department decided a fine appeal; the decision is final. The appellant is told the outcome
 * and the reviewer's words; webhooks and the journal record it.
 */
export const fineAppealDecided = defineEvent({
  name: 'fine_appeal.decided',
  producer: PRODUCER,
  description: 'A fine appeal was accepted or rejected.',
  payload: Type.Object({
    appealId: Id,
    fineId: Id,
    appellantId: Id,
    departmentId: Id,
    outcome: Type.Union(FINE_APPEAL_OUTCOMES.map((outcome) => Type.Literal(outcome))),
    /** The reviewer's decision as written (null: decided without a comment). */
    decisionText: Nullable(Text),
    at: Instant,
    sandbox: Sandbox,
  }),
});
