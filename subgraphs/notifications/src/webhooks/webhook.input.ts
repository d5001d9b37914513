import { PageArgs } from '@eco/kit';
import { ArgsType, Field, ID, InputType } from 'type-graphql';

@InputType()
export class RegisterWebhookInput {
  @Field({ description: 'http:// or https:// (https in production), no user name or password.' })
  url!: string;

  @Field(() => [String], { description: 'Event types to deliver; webhookEventTypes lists them.' })
  eventTypes!: string[];
}

@InputType()
export class DisableWebhookInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: 'A WebhookDelivery id from the delivery log.' })
  id!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  endpointId!: string;
}
