import { DateScalar, PageArgs } from '@eco/kit';
import { ArgsType, Field, InputType } from 'type-graphql';
import { KindergartenType } from '../shared/enums';

@InputType()
export class KindergartenFilter {
  @Field(() => String, { nullable: true })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact district name, case-insensitive.' })
  district?: string | null;

  @Field(() => KindergartenType, { nullable: true })
  type?: KindergartenType | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only kindergartens with a group for a child born on this day.' })
  childBirthDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the child’s age is counted on (default: today).' })
  onDate?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only with a free place (in the child’s group when childBirthDate is given).' })
  withFreePlaces?: boolean | null;
}

@ArgsType()
export class KindergartensArgs extends PageArgs {
  @Field(() => KindergartenFilter, { nullable: true })
  filter?: KindergartenFilter | null;
}
