import { PageArgs, pageWindow, toConnection, type Connection } from '@eco/kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import { AppointmentConnection } from '../appointments/appointment.type';
import { PATIENT_APPOINTMENTS_ORDER, type AppointmentRow } from '../appointments/appointments.service';
import type { HealthcareContext } from '../context';
import { AppointmentStatus } from '../shared/enums';
import { UserRef } from './user.type';

@ArgsType()
export class UserAppointmentsArgs extends PageArgs {
  @Field(() => [AppointmentStatus], { nullable: true, description: 'Any of these statuses (a single value is accepted too).' })
  status?: AppointmentStatus[] | null;
}

@Resolver(() => UserRef)
export class UserAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, { description: '«Мои записи»: your appointments with doctors, latest visit first. Only the user themself.' })
  async appointments(@Root() user: UserRef, @Args(() => UserAppointmentsArgs) args: UserAppointmentsArgs, @Ctx() ctx: HealthcareContext): Promise<Connection<AppointmentRow>> {
    const window = pageWindow(args, PATIENT_APPOINTMENTS_ORDER);
    const page = await ctx.services.appointments.listForPatient(user.id, args.status, window);
    return toConnection(page.nodes, window, page.totalCount);
  }
}
