import { registerEnumType } from 'type-graphql';

export enum QueueOrder {
  DEADLINE_ASC = 'DEADLINE_ASC',
  SUBMITTED_DESC = 'SUBMITTED_DESC',
  PRIORITY = 'PRIORITY',
}

registerEnumType(QueueOrder, {
  name: 'QueueOrder',
  description: 'Order of the department queue. Default: DEADLINE_ASC.',
  valuesConfig: {
    DEADLINE_ASC: { description: 'Nearest deadline first.' },
    SUBMITTED_DESC: { description: 'Newest submission first.' },
    PRIORITY: { description: 'HIGH priority first, then nearest deadline.' },
  },
});
