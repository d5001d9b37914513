import { ConnectionType } from '@eco/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Not sent yet, or a retry is scheduled (see nextAttemptAt).' },
    SUCCEEDED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed; replayWebhookDelivery sends it again.' },
    CANCELLED: { description: 'The endpoint was disabled before it could be sent.' },
  },
});

@ObjectType('WebhookDelivery', { description: 'One event sent (or being sent) to one webhook endpoint: the delivery log.' })
export class WebhookDeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The event id, also sent as the x-eco-event-id header.' })
  eventId!: string;

  @Field()
  eventType!: string;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'POSTs made so far (replays included).' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "HTTP status of the receiver's last answer; null after a network error." })
  responseCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next retry is due; null when none is scheduled.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  endpointId!: string;
  /** The endpoint's owner, for the permission rules. */
  ownerId!: string;
}

export const WebhookDeliveryConnection = ConnectionType('WebhookDelivery', WebhookDeliveryType);
