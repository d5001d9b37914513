import { registerEnumType } from 'type-graphql';

// Values equal keys, so stored enum columns are already the GraphQL values.

export enum KindergartenType {
  GENERAL = 'GENERAL',
  COMBINED = 'COMBINED',
  COMPENSATORY = 'COMPENSATORY',
}
registerEnumType(KindergartenType, {
  name: 'KindergartenType',
  valuesConfig: {
    GENERAL: { description: 'Общеразвивающий: general groups.' },
    COMBINED: { description: 'Комбинированный: general and compensatory groups.' },
    COMPENSATORY: { description: 'Компенсирующий: for children with special needs (speech, sight, …).' },
  },
});

export enum BenefitCategory {
  EXTRAORDINARY = 'EXTRAORDINARY',
  PRIORITY = 'PRIORITY',
  PREFERENTIAL = 'PREFERENTIAL',
  NONE = 'NONE',
}
registerEnumType(BenefitCategory, {
  name: 'BenefitCategory',
  description: 'The queue ranks categories in this order, then by submission time.',
  valuesConfig: {
    EXTRAORDINARY: { description: 'Внеочередное право (e.g. children of prosecutors, judges, investigators).' },
    PRIORITY: { description: 'Первоочередное право (e.g. children of military servicemen, police officers, large families).' },
    PREFERENTIAL: { description: 'Преимущественное право: a sibling already attends the kindergarten.' },
    NONE: { description: 'No benefit.' },
  },
});

export enum KindergartenApplicationStatus {
  QUEUED = 'QUEUED',
  OFFERED = 'OFFERED',
  ENROLLED = 'ENROLLED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(KindergartenApplicationStatus, {
  name: 'KindergartenApplicationStatus',
  valuesConfig: {
    QUEUED: { description: 'In the queue of each preferred kindergarten.' },
    OFFERED: { description: 'A place was offered; the parent accepts or declines before offerExpiresAt.' },
    ENROLLED: { description: 'The parent accepted: the child is enrolled (final).' },
    DECLINED: { description: 'The parent declined the offer, or let it expire (final; a new application may be filed).' },
    CANCELLED: { description: 'Withdrawn by the parent (final).' },
  },
});

export enum SchoolPriorityRight {
  SIBLING = 'SIBLING',
  MILITARY_FAMILY = 'MILITARY_FAMILY',
  POLICE_FAMILY = 'POLICE_FAMILY',
  JUSTICE_OFFICIAL_FAMILY = 'JUSTICE_OFFICIAL_FAMILY',
}
registerEnumType(SchoolPriorityRight, {
  name: 'SchoolPriorityRight',
  description: 'A right to apply in the first window (1 April – 30 June) wherever the family lives.',
  valuesConfig: {
    SIBLING: { description: 'A brother or sister already attends this school (преимущественное право).' },
    MILITARY_FAMILY: { description: 'Child of a serviceman (первоочередное право).' },
    POLICE_FAMILY: { description: 'Child of a police officer (первоочередное право).' },
    JUSTICE_OFFICIAL_FAMILY: { description: 'Child of a prosecutor, judge or investigator (внеочередное право).' },
  },
});

export enum SchoolEnrollmentBasis {
  PRIORITY_RIGHT = 'PRIORITY_RIGHT',
  TERRITORY = 'TERRITORY',
  GENERAL = 'GENERAL',
}
registerEnumType(SchoolEnrollmentBasis, {
  name: 'SchoolEnrollmentBasis',
  description: 'Why the application was accepted in its window.',
});

export enum SchoolEnrollmentStatus {
  SUBMITTED = 'SUBMITTED',
  ENROLLED = 'ENROLLED',
  REFUSED = 'REFUSED',
}
registerEnumType(SchoolEnrollmentStatus, { name: 'SchoolEnrollmentStatus' });

export enum SchoolEnrollmentDecision {
  ENROLLED = 'ENROLLED',
  REFUSED = 'REFUSED',
}
registerEnumType(SchoolEnrollmentDecision, { name: 'SchoolEnrollmentDecision' });
