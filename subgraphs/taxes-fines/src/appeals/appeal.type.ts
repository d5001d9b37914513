import { ConnectionType } from '@eco/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AppealStatus } from '../shared/enums';

/** An appeal of a fine: by its owner, decided by GIBDD. Fine-derived fields: appeal.resolver.ts. */
@Directive('@key(fields: "id")')
@ObjectType('Appeal', { description: "A citizen's appeal (жалоба) of a fine, reviewed by GIBDD." })
export class AppealType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The appellant's arguments." })
  text!: string;

  @Field(() => [String], { description: 'References to uploaded files (photos, video, documents).' })
  attachmentRefs!: string[];

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => String, { nullable: true, description: "The reviewer's comment on the decision." })
  comment!: string | null;

  @Field()
  submittedAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewStartedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  // Stored columns the field resolvers and rules read.
  fineId!: string;
  appellantId!: string;
  reviewerId!: string | null;
}

@ObjectType('AppealConnection')
export class AppealConnection extends ConnectionType('Appeal', AppealType) {}
