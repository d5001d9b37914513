import type { IdentityProfile } from '../clients/identity-client';
import type { FormValidator } from './form-validator';

type JsonSchema = Record<string, unknown>;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Form properties that mean the APPLICANT's own data, by the names the catalog's forms use
 * (catalog/src/seed-data/form-fields.ts and services/*.ts). Other people on a form (a child,
 * a representative, a previous owner…) share the field shapes but not these names.
 */
const NAME_PROPERTIES = ['fullName', 'applicant', 'applicantFullName', 'currentFullName'];
const PASSPORT_PROPERTIES = ['passport', 'currentPassport'];
const SNILS_PROPERTIES = ['snils', 'applicantSnils'];
const INN_PROPERTIES = ['inn', 'personInn'];
const LICENCE_NUMBER_PROPERTIES = ['driverLicenceNumber', 'currentLicenceNumber', 'nationalLicenceNumber'];
const LICENCE_ISSUE_DATE_PROPERTIES = ['currentLicenceIssueDate', 'nationalLicenceIssueDate'];

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, JsonSchema>) : {};
}

/**
 * A draft of a service's form prefilled from the applicant's profile and documents. Only
 * properties the form has are filled, and only with values that validate against that field's
 * schema; an object field gets those of its parts that do (a draft need not be complete).
 */
export function prefillForm(formSchema: JsonSchema, profile: IdentityProfile, validator: FormValidator): Record<string, Json> {
  const properties = propertiesOf(formSchema);
  const draft: Record<string, Json> = {};
  const documents = profile.documents;
  const passport = documents?.passport;
  const licence = documents?.driverLicence;

  const fill = (names: readonly string[], value: Json | undefined) => {
    if (value === undefined || value === null) return;
    for (const name of names) {
      const schema = properties[name];
      if (!schema) continue;
      const filled = fitValue(schema, value, validator);
      if (filled !== undefined) draft[name] = filled;
    }
  };

  fill(NAME_PROPERTIES, { lastName: profile.lastName, firstName: profile.firstName, middleName: profile.middleName });
  fill(['birthDate'], profile.birthDate);
  fill(['email'], profile.email);
  fill(['phone'], profile.phone);
  fill(SNILS_PROPERTIES, documents?.snils ?? null);
  fill(INN_PROPERTIES, documents?.inn ?? null);
  if (passport) {
    fill(PASSPORT_PROPERTIES, {
      series: passport.series,
      number: passport.number,
      issueDate: passport.issueDate,
      issuedBy: passport.issuedBy,
      divisionCode: passport.issuerCode,
    });
  }
  if (licence) {
    // Forms take the ten digits without the spaces printed on the card.
    fill(LICENCE_NUMBER_PROPERTIES, licence.number.replace(/\s+/g, ''));
    fill(LICENCE_ISSUE_DATE_PROPERTIES, licence.issueDate);
  }
  return draft;
}

/**
 * `value` shaped to `schema`: a scalar as it is if it validates; an object reduced to the parts
 * the schema has and that validate (null parts dropped). undefined when nothing fits.
 */
function fitValue(schema: JsonSchema, value: Json, validator: FormValidator): Json | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    if (schema.type !== 'object') return undefined;
    const properties = propertiesOf(schema);
    const fitted: Record<string, Json> = {};
    for (const [name, part] of Object.entries(value)) {
      const partSchema = properties[name];
      if (!partSchema || part === null) continue;
      const fittedPart = fitValue(partSchema, part, validator);
      if (fittedPart !== undefined) fitted[name] = fittedPart;
    }
    return Object.keys(fitted).length > 0 ? fitted : undefined;
  }
  return validator.isValid(schema, value) ? value : undefined;
}
