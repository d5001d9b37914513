import { Type } from '@sinclair/typebox';
import { defineEvent } from '../../../src/events/event-contract';
import { Id, Instant } from '../../../src/events/contracts/payload-types';

/** A contract of a made-up producer, for the kit's own tests. */
export const parcelDelivered = defineEvent({
  name: 'parcel.delivered',
  producer: 'post',
  description: 'A parcel reached its addressee.',
  liveFields: ['parcelDelivered'],
  payload: Type.Object({ parcelId: Id, addresseeId: Id, at: Instant, weightGrams: Type.Integer({ minimum: 1 }) }),
});

export const parcel = (n: number) => ({ parcelId: `p-${n}`, addresseeId: 'u-1', at: new Date(Date.UTC(2026, 11, 3, 10, 0, n)).toISOString(), weightGrams: 100 + n });
