import { registerEnumType } from 'type-graphql';

// Values equal keys, so stored enum columns are already the GraphQL values.

export enum FineStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
  APPEALED = 'APPEALED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FineStatus, {
  name: 'FineStatus',
  description: 'Where a fine stands now.',
  valuesConfig: {
    UNPAID: { description: 'Not paid; the payment deadline has not passed.' },
    PAID: { description: 'Paid (the payment was captured).' },
    OVERDUE: { description: 'Not paid and the payment deadline (60 days after entry into force) has passed.' },
    APPEALED: { description: 'An appeal is under consideration; not payable until it is decided.' },
    CANCELLED: { description: 'Cancelled (an appeal was upheld).' },
  },
});

export enum AppealStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(AppealStatus, { name: 'AppealStatus', description: 'Where an appeal of a fine stands.' });

export enum AppealDecision {
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(AppealDecision, {
  name: 'AppealDecision',
  valuesConfig: {
    UPHELD: { description: 'The appeal is granted: the fine is cancelled.' },
    DISMISSED: { description: 'The appeal is refused: the fine is payable again, its deadline moved by the days the appeal took.' },
  },
});

export enum TaxType {
  PROPERTY = 'PROPERTY',
  TRANSPORT = 'TRANSPORT',
  LAND = 'LAND',
}
registerEnumType(TaxType, { name: 'TaxType', description: "Individuals' property taxes." });

export enum TaxStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
}
registerEnumType(TaxStatus, { name: 'TaxStatus', description: 'UNPAID until 1 December of the following year, OVERDUE after it, PAID once paid.' });
