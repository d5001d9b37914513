import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { AppointmentType } from './appointment.type';
import type { AppointmentRow } from './appointments.service';

@ObjectType()
export class BookAppointmentPayload {
  @Field(() => AppointmentType, { nullable: true, description: 'The new appointment; null when there are userErrors.' })
  appointment!: AppointmentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CancelAppointmentPayload {
  @Field(() => AppointmentType, { nullable: true, description: 'The appointment, now CANCELLED.' })
  appointment!: AppointmentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RescheduleAppointmentPayload {
  @Field(() => AppointmentType, { nullable: true, description: 'The appointment at its new time.' })
  appointment!: AppointmentRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
