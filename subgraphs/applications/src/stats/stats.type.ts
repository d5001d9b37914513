import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('ApplicationStats', { description: 'Application statistics: counts and averages only, no personal data.' })
export class ApplicationStatsType {
  @Field(() => Int, { description: 'Applications ever submitted (every status).' })
  submitted!: number;

  @Field(() => Int)
  completed!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int, { description: 'Open now: submitted, registered, in progress or waiting for the applicant.' })
  open!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean hours from submission to the decision (completed or rejected); null before the first decision.',
  })
  averageProcessingHours!: number | null;

  @Field(() => Float, {
    description:
      'Share (0..1) of applications that missed their deadline, among those where it is known: decided ones (late when decided after the deadline) and open ones already past it. 0 when none.',
  })
  shareOverdue!: number;
}
