import { UserError } from '@eco/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { SavedFilterRow } from './saved-filters.service';
import { SavedFilterType } from './saved-filter.type';

@ObjectType()
export class SaveQueueFilterPayload {
  @Field(() => SavedFilterType, { nullable: true })
  savedFilter!: SavedFilterRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class DeleteSavedFilterPayload {
  @Field(() => ID, { nullable: true })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
