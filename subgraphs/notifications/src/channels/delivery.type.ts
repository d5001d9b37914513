import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

// Values equal keys, so a Prisma row's enum column is already the GraphQL value.
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}

export enum NotificationDeliveryStatus {
  CREATED = 'CREATED',
  SENDING = 'SENDING',
  DELIVERED = 'DELIVERED',
  TEMPORARY_FAILURE = 'TEMPORARY_FAILURE',
  PERMANENT_FAILURE = 'PERMANENT_FAILURE',
}

registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Channels beside the portal itself (in-app), which is always on.',
});

registerEnumType(NotificationDeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: 'Where an email or SMS is: CREATED → SENDING → DELIVERED | PERMANENT_FAILURE; TEMPORARY_FAILURE is retried.',
  valuesConfig: {
    CREATED: { description: 'Waiting to be handed to the provider.' },
    SENDING: { description: 'Accepted by the provider, not yet delivered.' },
    DELIVERED: { description: 'The provider reports it delivered.' },
    TEMPORARY_FAILURE: { description: 'The last attempt failed for a passing reason; another attempt is scheduled.' },
    PERMANENT_FAILURE: { description: 'Cannot be delivered (bad address, or every retry failed); see lastError.' },
  },
});

@ObjectType('NotificationDelivery', { description: 'An email or SMS copy of a notification and how its delivery went.' })
export class DeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field(() => NotificationDeliveryStatus)
  status!: NotificationDeliveryStatus;

  @Field(() => Int, { description: 'Times the message was handed to the provider.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "The provider's reason for the last failure." })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
