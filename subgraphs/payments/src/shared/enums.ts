import { registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.

export enum InvoiceSource {
  STATE_FEE = 'STATE_FEE',
  FINE = 'FINE',
  TAX = 'TAX',
}

export enum InvoiceStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

export enum PaymentMethod {
  CARD = 'CARD',
  SBP = 'SBP',
  WALLET = 'WALLET',
}

export enum PaymentStatus {
  CREATED = 'CREATED',
  AUTHORIZED = 'AUTHORIZED',
  CAPTURED = 'CAPTURED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(InvoiceSource, {
  name: 'InvoiceSource',
  description: 'What an invoice pays for.',
  valuesConfig: {
    STATE_FEE: { description: 'A state fee (госпошлина) for an application.' },
    FINE: { description: 'One or more fines (taxes-fines).' },
    TAX: { description: 'One or more tax accruals (taxes-fines).' },
  },
});
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  valuesConfig: {
    UNPAID: { description: 'Waiting for payment.' },
    PAID: { description: 'Paid: a payment was captured.' },
    CANCELLED: { description: 'Withdrawn; cannot be paid.' },
    EXPIRED: { description: 'Past its due date without payment.' },
  },
});
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  valuesConfig: {
    CARD: { description: 'Bank card (card details go to the acquirer; only last 4 digits and brand are kept).' },
    SBP: { description: 'Faster Payments System (СБП).' },
    WALLET: { description: 'Electronic wallet.' },
  },
});
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'CREATED → AUTHORIZED → CAPTURED | FAILED | CANCELLED.',
  valuesConfig: {
    CREATED: { description: 'Recorded, not yet sent to the acquirer.' },
    AUTHORIZED: { description: 'The acquirer holds the money.' },
    CAPTURED: { description: 'The money is taken; the invoice is paid and a receipt exists.' },
    FAILED: { description: 'Refused by the acquirer; see failureCode.' },
    CANCELLED: { description: 'The authorization was released (e.g. the invoice was paid meanwhile).' },
  },
});
