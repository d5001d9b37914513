import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { AppointmentStatus } from '../shared/enums';

/**
 * A patient's appointment with a doctor. Slot, doctor, clinic, patient and the calendar entry:
 * appointment.resolver.ts. Readable only by its patient, also through `_entities`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Appointment', { description: 'An appointment with a doctor (запись к врачу).' })
export class AppointmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field({ description: 'When it was booked.' })
  bookedAt!: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Int, { description: 'How many times it was moved to another time.', name: 'rescheduledCount' })
  rescheduled!: number;

  // Stored columns the field resolvers and rules read.
  patientId!: string;
  slotId!: string;
  doctorId!: string;
  specialtyId!: string;
}

@ObjectType('AppointmentConnection')
export class AppointmentConnection extends ConnectionType('Appointment', AppointmentType) {}
