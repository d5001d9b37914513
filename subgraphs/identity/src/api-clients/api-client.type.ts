import { ConnectionType, DateTimeScalar } from '@eco/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum ApiKeyTypeEnum {
  TEST = 'TEST',
  LIVE = 'LIVE',
}
registerEnumType(ApiKeyTypeEnum, {
  name: 'ApiKeyType',
  description: 'TEST: a sandbox key (read scopes only); LIVE: the production key (needs a confirmed email).',
});

@ObjectType('ApiClient', { description: "A third party's application (OAuth 2.0 client credentials): its owner or an administrator sees it." })
export class ApiClientType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The public client id, sent with the secret to POST /oauth/token.' })
  clientId!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Granted scopes: catalog:read, stats:read, webhooks:manage.' })
  scopes!: string[];

  @Field(() => ApiKeyTypeEnum)
  keyType!: ApiKeyTypeEnum;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the secret was last rotated; null if never.' })
  secretRotatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a token was last issued to it.' })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set once revoked: the secret is refused from then on.' })
  revokedAt!: Date | null;
}

export const ApiClientConnection = ConnectionType('ApiClient', ApiClientType);
