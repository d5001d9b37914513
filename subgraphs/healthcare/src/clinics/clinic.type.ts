import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ClinicType as ClinicKind } from '../shared/enums';

@ObjectType('WorkingHours', { description: 'Opening hours of one weekday, local time of the clinic.' })
export class WorkingHoursType {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'Opens at, "HH:MM".' })
  opens!: string;

  @Field({ description: 'Closes at, "HH:MM".' })
  closes!: string;
}

/** A clinic (поликлиника); public catalogue data. Region, doctors and specialties: clinic.resolver.ts. */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Clinic', { description: 'A state clinic (поликлиника) patients book doctors in.' })
export class ClinicType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Two-digit subject code of the region, e.g. "77"; `region` is the catalog entity.' })
  regionCode!: string;

  @Field({ description: 'Administrative district, e.g. "САО" or "г. Химки".' })
  district!: string;

  @Field()
  address!: string;

  @Field(() => ClinicKind)
  type!: ClinicKind;

  @Field({ description: 'Registry phone, E.164.' })
  phone!: string;

  @Field(() => [WorkingHoursType], { description: 'Opening hours by weekday (days not listed: closed).' })
  hours!: WorkingHoursType[];

  @Field(() => Int, { description: "The clinic's UTC offset in minutes (Moscow: 180)." })
  utcOffsetMinutes!: number;
}

@ObjectType('ClinicConnection')
export class ClinicConnection extends ConnectionType('Clinic', ClinicType) {}
