import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('WebhookEndpoint', { description: "A receiver of signed event POSTs (a regional portal's or a third party's)." })
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [String], { description: 'Event types delivered to it, e.g. "application.status_changed".' })
  eventTypes!: string[];

  @Field({ description: 'False once disabled: nothing more is sent.' })
  active!: boolean;

  @Field({ description: 'Registered with a TEST API key: receives only sandbox events (the sandbox citizens\' test data); any other endpoint receives only live events.' })
  sandbox!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;

  /** Exposed as `owner`. */
  ownerId!: string;
}

export const WebhookEndpointConnection = ConnectionType('WebhookEndpoint', WebhookEndpointType);
