import { PageArgs } from '@eco/kit';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { GovernmentLevel, ServiceCategory } from '../shared/enums';

export enum ServiceOrder {
  RELEVANCE = 'RELEVANCE',
  POPULARITY = 'POPULARITY',
  TITLE = 'TITLE',
}

registerEnumType(ServiceOrder, {
  name: 'ServiceOrder',
  description: 'Order of a service list. Default: RELEVANCE when `search` is given, POPULARITY otherwise.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first: title matches, then description matches; ties by popularity. Without `search`, the same as POPULARITY.' },
    POPULARITY: { description: 'Most used first.' },
    TITLE: { description: 'Alphabetically by the title in the request language.' },
  },
});

@InputType({ description: 'All given conditions apply together (AND), also together with `search`.' })
export class ServiceFilter {
  @Field(() => ServiceCategory, { nullable: true })
  category?: ServiceCategory | null;

  @Field(() => ID, { nullable: true, description: 'Department code, e.g. "MVD".' })
  departmentId?: string | null;

  @Field(() => GovernmentLevel, { nullable: true })
  level?: GovernmentLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Two-digit region code: services available there (listing the region, or available in every region).',
  })
  regionCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: services that can be applied for online (ELECTRONIC and TRANSACTIONAL ones, and online-only ones); false: the others.',
  })
  online?: boolean | null;
}

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to look for, e.g. "паспорт" or "driver licence".' })
  search?: string | null;

  @Field(() => ServiceFilter, { nullable: true })
  filter?: ServiceFilter | null;

  @Field(() => ServiceOrder, { nullable: true })
  orderBy?: ServiceOrder | null;
}

@ArgsType()
export class ServiceKeyArgs {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'The stable service code, e.g. "gibdd-driver-licence-replacement-expiry".' })
  code?: string | null;
}
