import { registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.

export enum ServiceCategory {
  INFORMATIONAL = 'INFORMATIONAL',
  TRANSACTIONAL = 'TRANSACTIONAL',
  CONSULTATIVE = 'CONSULTATIVE',
  DOCUMENT = 'DOCUMENT',
  ELECTRONIC = 'ELECTRONIC',
}

export enum GovernmentLevel {
  FEDERAL = 'FEDERAL',
  REGIONAL = 'REGIONAL',
  MUNICIPAL = 'MUNICIPAL',
}

registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: 'Kind of public service, as the portal classifies them.',
  valuesConfig: {
    INFORMATIONAL: { description: 'Information only: nothing to apply for.' },
    TRANSACTIONAL: { description: 'An application the department processes and decides on.' },
    CONSULTATIVE: { description: 'A consultation or an appointment with a specialist.' },
    DOCUMENT: { description: 'Issues or replaces a document (mostly with a visit in person).' },
    ELECTRONIC: { description: 'Fully electronic: the result arrives in the personal account.' },
  },
});

registerEnumType(GovernmentLevel, {
  name: 'GovernmentLevel',
  description: 'Which level of government provides the service or runs the department.',
});
