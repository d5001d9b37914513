import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { DriverLicenceData, IdentityDocumentsData, PassportData } from './document-data';
import { presentDriverLicence, presentInn, presentPassport, presentSnils } from './document-masking';
import { DriverLicence, IdentityDocuments, Passport } from './identity-documents.type';

/** What User.documents hands down: the decrypted documents and whether to mask them. */
export interface IdentityDocumentsView {
  data: IdentityDocumentsData;
  masked: boolean;
}

@Resolver(() => IdentityDocuments)
export class IdentityDocumentsResolver {
  @FieldResolver(() => Boolean)
  masked(@Root() view: IdentityDocumentsView): boolean {
    return view.masked;
  }

  @FieldResolver(() => String, { nullable: true })
  snils(@Root() view: IdentityDocumentsView): string | null {
    return presentSnils(view.data.snils, view.masked);
  }

  @FieldResolver(() => String, { nullable: true })
  inn(@Root() view: IdentityDocumentsView): string | null {
    return presentInn(view.data.inn, view.masked);
  }

  @FieldResolver(() => Passport, { nullable: true })
  passport(@Root() view: IdentityDocumentsView): PassportData | null {
    return presentPassport(view.data.passport, view.masked);
  }

  @FieldResolver(() => DriverLicence, { nullable: true })
  driverLicence(@Root() view: IdentityDocumentsView): DriverLicenceData | null {
    return presentDriverLicence(view.data.driverLicence, view.masked);
  }
}
