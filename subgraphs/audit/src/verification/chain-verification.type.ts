import { Field, Int, ObjectType } from 'type-graphql';
import { AuditEntryType } from '../journal/audit-entry.type';
import { ChainBreak } from '../shared/enums';

@ObjectType('AuditChainVerification', { description: 'The result of recomputing the hash chain.' })
export class AuditChainVerificationType {
  @Field({ description: 'True when every checked entry hashes and links as stored.' })
  ok!: boolean;

  @Field(() => Int, { description: 'Entries found intact before the first break (all of them when ok).' })
  checkedEntries!: number;

  @Field(() => String, { nullable: true, description: 'Where the chain first breaks: the edited entry, or the seq of a deleted one.' })
  firstBrokenSeq!: string | null;

  @Field(() => AuditEntryType, { nullable: true, description: 'The entry at firstBrokenSeq (null when it was deleted).' })
  firstBrokenEntry!: unknown;

  @Field(() => ChainBreak, { nullable: true })
  reason!: ChainBreak | null;

  @Field({ description: 'The chain head as stored (last seq). Keep headSeq/headHash elsewhere to notice a rewrite of the whole chain.' })
  headSeq!: string;

  @Field({ description: "The chain head's hash." })
  headHash!: string;
}
