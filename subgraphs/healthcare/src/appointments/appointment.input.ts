import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class BookAppointmentInput {
  @Field(() => ID, { description: 'A free slot (Doctor.freeSlots).' })
  slotId!: string;
}

@InputType()
export class CancelAppointmentInput {
  @Field(() => ID)
  appointmentId!: string;
}

@InputType()
export class RescheduleAppointmentInput {
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => ID, { description: 'A free slot of the same specialty (any doctor, any clinic).' })
  slotId!: string;
}
