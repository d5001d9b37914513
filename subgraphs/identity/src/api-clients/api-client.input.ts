import { Field, ID, InputType } from 'type-graphql';
import { ApiKeyTypeEnum } from './api-client.type';

@InputType()
export class RegisterApiClientInput {
  @Field({ description: 'What the application is called, 1–100 characters (shown to you and administrators).' })
  name!: string;

  @Field(() => [String], { description: 'At least one of catalog:read, stats:read, webhooks:manage (LIVE only).' })
  scopes!: string[];

  @Field(() => ApiKeyTypeEnum)
  keyType!: ApiKeyTypeEnum;
}

@InputType()
export class ApiClientIdInput {
  @Field(() => ID)
  apiClientId!: string;
}
