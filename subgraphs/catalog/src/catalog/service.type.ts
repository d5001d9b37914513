import { ConnectionType, JSONObjectScalar } from '@eco/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GovernmentLevel, ServiceCategory } from '../shared/enums';

/**
 * A public service of the catalog. Resolvers return the stored row; the localized and related
 * fields (`title`, `department`, `regions`…) are field resolvers in service-fields.resolver.ts.
 */
@Directive('@key(fields: "id")')
@Directive('@tag(name: "public")')
@ObjectType('Service', { description: 'A public service citizens and organisations can use or apply for.' })
export class ServiceType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable human-readable code, e.g. "mvd-internal-passport-at-14".' })
  code!: string;

  @Field()
  titleRu!: string;

  @Field()
  titleEn!: string;

  @Field()
  descriptionRu!: string;

  @Field()
  descriptionEn!: string;

  @Field(() => ServiceCategory)
  category!: ServiceCategory;

  @Field(() => GovernmentLevel)
  level!: GovernmentLevel;

  @Field(() => Int, { description: 'State fee in kopecks; 0 when free.' })
  feeKopecks!: number;

  @Field(() => Int, { description: 'Processing time in working days.' })
  processingDays!: number;

  @Field({ description: 'True when the service can only be applied for online.' })
  onlineOnly!: boolean;

  @Field(() => JSONObjectScalar, { description: 'JSON Schema (draft-07) of the application form.' })
  formSchema!: Record<string, unknown>;

  @Field(() => Int, { description: 'How much the service is used; higher is more popular.' })
  popularity!: number;

  // Stored columns the field resolvers read; not exposed under these names.
  subcategoryRu!: string;
  subcategoryEn!: string;
  departmentId!: string;
  requiredDocumentsRu!: string[];
  requiredDocumentsEn!: string[];
}

/** `ServiceConnection` / `ServiceEdge`: one page of services (Relay). */
export const ServiceConnection = ConnectionType('Service', ServiceType);
