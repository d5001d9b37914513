import { UserError } from '@eco/kit';
import { Field, ObjectType } from 'type-graphql';
import { FineType } from '../fines/fine.type';
import type { FineRow } from '../fines/fines.service';
import { AppealType } from './appeal.type';
import type { AppealRow } from './appeals.service';

@ObjectType()
export class AppealFinePayload {
  @Field(() => AppealType, { nullable: true })
  appeal!: AppealRow | null;

  @Field(() => FineType, { nullable: true, description: 'The fine, now APPEALED.' })
  fine!: FineRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class StartAppealReviewPayload {
  @Field(() => AppealType, { nullable: true })
  appeal!: AppealRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ReviewAppealPayload {
  @Field(() => AppealType, { nullable: true })
  appeal!: AppealRow | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
