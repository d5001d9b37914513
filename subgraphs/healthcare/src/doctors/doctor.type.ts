import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A doctor receiving in one clinic, of one specialty. Clinic, specialty, slots: doctor.resolver.ts. */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Doctor', { description: 'A doctor patients can book.' })
export class DoctorType {
  @Field(() => ID)
  id!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  middleName!: string | null;

  @Field({ description: 'Consulting room (кабинет).' })
  room!: string;

  @Field(() => Int, { description: 'Length of one appointment, minutes.' })
  slotMinutes!: number;

  // Stored columns the field resolvers read.
  specialtyId!: string;
  clinicId!: string;
}

@ObjectType('DoctorConnection')
export class DoctorConnection extends ConnectionType('Doctor', DoctorType) {}
