import { JSONObjectScalar } from '@eco/kit';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID, { description: 'The catalog service applied for.' })
  serviceId!: string;

  @Field(() => JSONObjectScalar, { description: "The form, matching the service's formSchema." })
  formData!: Record<string, unknown>;

  @Field({
    description:
      'Chosen by the client once per application (e.g. a UUID made when the form opens): sending the same key again returns the same application instead of a second one.',
  })
  idempotencyKey!: string;
}
