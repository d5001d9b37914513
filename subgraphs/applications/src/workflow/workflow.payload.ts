import { ObjectType } from 'type-graphql';
import { ApplicationPayload } from '../applications/application.payload';

@ObjectType()
export class RegisterApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class StartProcessingPayload extends ApplicationPayload {}

@ObjectType()
export class RequestInformationPayload extends ApplicationPayload {}

@ObjectType()
export class ProvideInformationPayload extends ApplicationPayload {}

@ObjectType()
export class CompleteApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class RejectApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class WithdrawApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class AssignApplicationPayload extends ApplicationPayload {}

@ObjectType()
export class SetApplicationPriorityPayload extends ApplicationPayload {}
