import { registerEnumType } from 'type-graphql';

// Values equal keys, so stored enum columns are already the GraphQL values.

export enum ClinicType {
  ADULT = 'ADULT',
  CHILDREN = 'CHILDREN',
  DENTAL = 'DENTAL',
  DIAGNOSTIC = 'DIAGNOSTIC',
}
registerEnumType(ClinicType, {
  name: 'ClinicType',
  valuesConfig: {
    ADULT: { description: 'Городская поликлиника для взрослых.' },
    CHILDREN: { description: 'Детская поликлиника.' },
    DENTAL: { description: 'Стоматологическая поликлиника.' },
    DIAGNOSTIC: { description: 'Консультативно-диагностический центр.' },
  },
});

export enum SlotStatus {
  FREE = 'FREE',
  BOOKED = 'BOOKED',
}
registerEnumType(SlotStatus, { name: 'SlotStatus', description: 'Whether an appointment time can still be booked.' });

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  valuesConfig: {
    BOOKED: { description: 'Active: the slot is held for the patient.' },
    CANCELLED: { description: 'Cancelled by the patient; the slot was freed.' },
    COMPLETED: { description: 'The visit time has passed.' },
    NO_SHOW: { description: 'The patient did not come.' },
  },
});
