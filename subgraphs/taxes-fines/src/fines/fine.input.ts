import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Exactly one document to look fines up by.' })
export class SearchFinesInput {
  @Field(() => String, { nullable: true, description: 'Driver licence number (spaces allowed).' })
  driverLicence?: string | null;

  @Field(() => String, { nullable: true, description: 'Vehicle registration certificate (СТС) number.' })
  registrationCertificate?: string | null;

  @Field(() => String, { nullable: true, description: 'Registration plate; Latin look-alike letters are accepted.' })
  plate?: string | null;
}
