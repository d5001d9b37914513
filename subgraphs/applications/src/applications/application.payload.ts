import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import type { ApplicationRow } from './applications.service';
import { ApplicationType } from './application.type';

/** Every application mutation answers with the application as it is now, or the user errors. */
// Declared for its fields only: type-graphql emits a type only where one is used.
@ObjectType()
export abstract class ApplicationPayload {
  @Field(() => ApplicationType, { nullable: true, description: 'null when userErrors is not empty.' })
  application!: ApplicationRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SubmitApplicationPayload extends ApplicationPayload {}
