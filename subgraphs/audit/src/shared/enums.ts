import { registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.

export enum ActorType {
  USER = 'USER',
  EMPLOYEE = 'EMPLOYEE',
  SYSTEM = 'SYSTEM',
  API_CLIENT = 'API_CLIENT',
  UNKNOWN = 'UNKNOWN',
}

export const ACTOR_TYPES: readonly string[] = Object.values(ActorType);

/** Why verification stopped: the first way the chain was found broken. */
export enum ChainBreak {
  HASH_MISMATCH = 'HASH_MISMATCH',
  PREV_HASH_MISMATCH = 'PREV_HASH_MISMATCH',
  ENTRY_MISSING = 'ENTRY_MISSING',
  HEAD_MISMATCH = 'HEAD_MISMATCH',
}

registerEnumType(ActorType, {
  name: 'AuditActorType',
  description: 'Who acted, as far as the event tells.',
  valuesConfig: {
    USER: { description: 'A citizen (or organization representative) acting for themself.' },
    EMPLOYEE: { description: 'Portal staff: a department employee or an administrator.' },
    SYSTEM: { description: 'The portal itself (deadlines, consumers of other events).' },
    API_CLIENT: { description: 'A third-party API client.' },
    UNKNOWN: { description: 'Not known, e.g. a failed login for an unknown account.' },
  },
});

registerEnumType(ChainBreak, {
  name: 'AuditChainBreak',
  description: 'How the hash chain was found broken.',
  valuesConfig: {
    HASH_MISMATCH: { description: "The entry's fields no longer hash to its stored hash: it was edited." },
    PREV_HASH_MISMATCH: { description: 'The entry does not link to the one before it: entries were deleted, reordered or its prevHash edited.' },
    ENTRY_MISSING: { description: 'This seq is missing: the entry was deleted.' },
    HEAD_MISMATCH: { description: "The last entries do not match the chain head: the journal's tail was deleted or replaced." },
  },
});
