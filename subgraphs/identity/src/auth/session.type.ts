import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('UserSession', { description: 'A signed-in device (a refresh-token family) of the viewer.' })
export class UserSession {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The device name the client gave at sign-in, else its User-Agent.' })
  deviceLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'The address signed in from, masked (IPv4 /24, IPv6 /48).' })
  ipMasked!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'The last token refresh; null until the first.' })
  lastUsedAt!: Date | null;

  @Field({ description: 'Whether this is the session of the token making the request.' })
  current!: boolean;

  /** Not in the schema: the owner, for the permission rule. */
  userId!: string;
}
