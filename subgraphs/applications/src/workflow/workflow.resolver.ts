import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApplicationPayload } from '../applications/application.payload';
import { applicationPayload } from '../applications/application.resolver';
import type { ApplicationsContext } from '../context';
import { WorkflowAction } from './transitions';
import {
  AssignApplicationInput,
  CompleteApplicationInput,
  ProvideInformationInput,
  RegisterApplicationInput,
  RejectApplicationInput,
  RequestInformationInput,
  SetApplicationPriorityInput,
  StartProcessingInput,
  WithdrawApplicationInput,
} from './workflow.input';
import {
  AssignApplicationPayload,
  CompleteApplicationPayload,
  ProvideInformationPayload,
  RegisterApplicationPayload,
  RejectApplicationPayload,
  RequestInformationPayload,
  SetApplicationPriorityPayload,
  StartProcessingPayload,
  WithdrawApplicationPayload,
} from './workflow.payload';

/**
 * Status changes. A transition the status does not allow is a userError INVALID_TRANSITION and
 * changes nothing; losing a race to someone acting at the same moment is CONCURRENT_UPDATE; an
 * application that is missing, another person's or another department's is APPLICATION_NOT_FOUND.
 */
@Resolver()
export class WorkflowResolver {
  private async act(ctx: ApplicationsContext, action: WorkflowAction, applicationId: string, details = {}): Promise<ApplicationPayload> {
    return applicationPayload(await ctx.services.workflow.act(action, applicationId, ctx.viewer, details, ctx.requestId), ctx);
  }

  @Mutation(() => RegisterApplicationPayload, { description: "Employees of the application's department." })
  registerApplication(@Arg('input') input: RegisterApplicationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.REGISTER, input.applicationId);
  }

  @Mutation(() => StartProcessingPayload, { description: "Employees of the application's department." })
  startProcessing(@Arg('input') input: StartProcessingInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.START_PROCESSING, input.applicationId);
  }

  @Mutation(() => RequestInformationPayload, { description: "Employees of the application's department." })
  requestInformation(@Arg('input') input: RequestInformationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.REQUEST_INFORMATION, input.applicationId, { comment: input.comment });
  }

  @Mutation(() => CompleteApplicationPayload, { description: "Employees of the application's department." })
  completeApplication(@Arg('input') input: CompleteApplicationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.COMPLETE, input.applicationId, { decision: input.decision, documentRef: input.documentRef });
  }

  @Mutation(() => RejectApplicationPayload, { description: "Employees of the application's department." })
  rejectApplication(@Arg('input') input: RejectApplicationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.REJECT, input.applicationId, { reason: input.reason });
  }

  @Mutation(() => WithdrawApplicationPayload, { description: 'The applicant, while the application is SUBMITTED or REGISTERED.' })
  withdrawApplication(@Arg('input') input: WithdrawApplicationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.WITHDRAW, input.applicationId, { comment: input.comment });
  }

  @Mutation(() => ProvideInformationPayload, { description: 'The applicant, answering a request for information.' })
  provideInformation(@Arg('input') input: ProvideInformationInput, @Ctx() ctx: ApplicationsContext) {
    return this.act(ctx, WorkflowAction.PROVIDE_INFORMATION, input.applicationId, {
      comment: input.comment,
      formDataPatch: input.formDataPatch,
    });
  }

  @Mutation(() => AssignApplicationPayload, {
    description: "Assigns an open application to an employee (default: the caller). Employees of the application's department.",
  })
  async assignApplication(@Arg('input') input: AssignApplicationInput, @Ctx() ctx: ApplicationsContext) {
    return applicationPayload(await ctx.services.workflow.assign(input.applicationId, ctx.viewer, input.assigneeId), ctx);
  }

  @Mutation(() => SetApplicationPriorityPayload, { description: "Employees of the application's department; open applications only." })
  async setApplicationPriority(@Arg('input') input: SetApplicationPriorityInput, @Ctx() ctx: ApplicationsContext) {
    return applicationPayload(await ctx.services.workflow.setPriority(input.applicationId, ctx.viewer, input.priority), ctx);
  }
}
