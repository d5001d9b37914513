import { registerEnumType } from 'type-graphql';

/** Whether the application's state fee (госпошлина) is due and paid. */
export enum StateFeeStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

/** Closed unpaid: payments cancels the fee invoice of a withdrawn or rejected application. */
const FEE_VOID_STATUSES: readonly string[] = ['WITHDRAWN', 'REJECTED'];

export function stateFeeStatusOf(application: { status: string; stateFeeKopecks: number; stateFeePaidAt: Date | null }): StateFeeStatus {
  if (application.stateFeeKopecks <= 0) return StateFeeStatus.NOT_REQUIRED;
  if (application.stateFeePaidAt) return StateFeeStatus.PAID;
  return FEE_VOID_STATUSES.includes(application.status) ? StateFeeStatus.CANCELLED : StateFeeStatus.UNPAID;
}

registerEnumType(StateFeeStatus, {
  name: 'StateFeeStatus',
  description: "The application's state fee (госпошлина): the department sees whether it was paid.",
  valuesConfig: {
    NOT_REQUIRED: { description: 'The service is free.' },
    UNPAID: { description: 'A fee is due and has not been paid yet (its invoice is `Application.invoice`).' },
    PAID: { description: 'Paid: payments reported the capture of the fee invoice.' },
    CANCELLED: { description: 'Not owed any more: the application was withdrawn or rejected before the fee was paid.' },
  },
});
