import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { SlotStatus } from '../shared/enums';

/** A time a doctor receives; public (it says nothing of who booked it). Doctor: slot.resolver.ts. */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Slot', { description: "A doctor's appointment time (талон)." })
export class SlotType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Start, UTC.' })
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => SlotStatus)
  status!: SlotStatus;

  // Stored column the field resolvers read.
  doctorId!: string;
}

@ObjectType('SlotConnection')
export class SlotConnection extends ConnectionType('Slot', SlotType) {}
