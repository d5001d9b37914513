import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { WebhookDeliveryType } from './webhook-delivery.type';
import { WebhookEndpointType } from './webhook-endpoint.type';

@ObjectType()
export class RegisterWebhookPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  endpoint!: WebhookEndpointType | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret, shown only here, only once: keep it to verify x-eco-signature.',
  })
  secret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DisableWebhookPayload {
  @Field(() => WebhookEndpointType, { nullable: true })
  endpoint!: WebhookEndpointType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ReplayWebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { nullable: true, description: 'The delivery, PENDING again.' })
  delivery!: WebhookDeliveryType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
