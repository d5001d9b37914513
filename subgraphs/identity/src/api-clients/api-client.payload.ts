import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { ApiClientType } from './api-client.type';
import type { ApiClientRecord } from './api-clients.service';

@ObjectType({ description: 'The new application and its secret: shown this once, store it now.' })
export class RegisterApiClientPayload {
  @Field(() => ApiClientType, { nullable: true })
  apiClient!: ApiClientRecord | null;

  @Field(() => String, { nullable: true, description: 'Shown once; only its hash is kept.' })
  clientSecret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new secret, shown this once; the old one no longer works.' })
export class RotateApiClientSecretPayload {
  @Field(() => ApiClientType, { nullable: true })
  apiClient!: ApiClientRecord | null;

  @Field(() => String, { nullable: true, description: 'Shown once; only its hash is kept.' })
  clientSecret!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeApiClientPayload {
  @Field(() => ApiClientType, { nullable: true })
  apiClient!: ApiClientRecord | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
