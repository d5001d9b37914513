import type { IdentityProfile } from '../clients/identity-client';
import type { FormValidator } from './form-validator';

type JsonSchema = Record<string, unknown>;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What the profile can say about the applicant, shaped as the catalog's forms ask for it. */
interface ApplicantValues {
  /** The applicant as a person: name parts, and also a `fullName` with birth date and documents for forms that nest them. */
  person: Json;
  birthDate: Json;
  email: Json;
  phone: Json;
  snils: Json;
  inn: Json;
  passport: Json;
  passportSeries: Json;
  passportNumber: Json;
  licenceNumber: Json;
  licenceIssueDate: Json;
}

/**
 * Form properties that mean the APPLICANT's own data, by the names the catalog's 200 forms use
 * (catalog/src/seed-data/form-fields.ts and services/*.ts). The same shapes also describe other
 * people — a child, the landlord (`ownerFullName`), the legal representative of a 14-year-old
 * (`parentFullName`), the deceased… — under other names, and those stay empty. The profile has no
 * address, gender, birthplace or citizenship, so those fields are left to the applicant.
 */
const APPLICANT_PROPERTIES: Record<string, keyof ApplicantValues> = {
  fullName: 'person',
  applicant: 'person',
  applicantFullName: 'person',
  currentFullName: 'person',
  // The name in the passport being replaced is the one on file.
  previousFullName: 'person',
  // Who files these forms: the owner of the vehicle or boat, the parent enrolling a child, the
  // child's legal representative, the host notifying a foreign guest's arrival.
  owner: 'person',
  parent: 'person',
  representative: 'person',
  hostFullName: 'person',
  birthDate: 'birthDate',
  email: 'email',
  phone: 'phone',
  parentPhone: 'phone',
  snils: 'snils',
  applicantSnils: 'snils',
  parentSnils: 'snils',
  caregiverSnils: 'snils',
  inn: 'inn',
  personInn: 'inn',
  passport: 'passport',
  currentPassport: 'passport',
  representativePassport: 'passport',
  hostPassport: 'passport',
  // The creditor files the claim for enforcement.
  creditorPassport: 'passport',
  // Exam results are looked up by the participant's passport; a loss is reported for the passport on file.
  passportSeries: 'passportSeries',
  passportNumber: 'passportNumber',
  lostPassportSeries: 'passportSeries',
  lostPassportNumber: 'passportNumber',
  driverLicenceNumber: 'licenceNumber',
  currentLicenceNumber: 'licenceNumber',
  nationalLicenceNumber: 'licenceNumber',
  lostLicenceNumber: 'licenceNumber',
  currentLicenceIssueDate: 'licenceIssueDate',
  nationalLicenceIssueDate: 'licenceIssueDate',
};

/**
 * A form whose top level describes a newborn (`zags-birth-registration`: childFullName beside
 * birthDate) is about the child: its top-level birth date is not the applicant's.
 */
const CHILD_SUBJECT_PROPERTIES = ['childFullName'];

function propertiesOf(schema: JsonSchema): Record<string, JsonSchema> {
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, JsonSchema>) : {};
}

function applicantValues(profile: IdentityProfile): ApplicantValues {
  const documents = profile.documents;
  const name = { lastName: profile.lastName, firstName: profile.firstName, middleName: profile.middleName };
  const held = documents?.passport;
  // Forms call the issuing office's code divisionCode; identity calls it issuerCode.
  const passport = held
    ? { series: held.series, number: held.number, issueDate: held.issueDate, issuedBy: held.issuedBy, divisionCode: held.issuerCode }
    : null;
  const snils = documents?.snils ?? null;
  const inn = documents?.inn ?? null;
  const licence = documents?.driverLicence;
  return {
    person: { ...name, fullName: name, birthDate: profile.birthDate, snils, inn, passport },
    birthDate: profile.birthDate,
    email: profile.email,
    phone: profile.phone,
    snils,
    inn,
    passport,
    passportSeries: held?.series ?? null,
    passportNumber: held?.number ?? null,
    // Forms take the ten digits without the spaces printed on the card.
    licenceNumber: licence ? licence.number.replace(/\s+/g, '') : null,
    licenceIssueDate: licence?.issueDate ?? null,
  };
}

/**
 * A draft of a service's form prefilled from the applicant's profile and documents. Only
 * properties the form has are filled, and only with values that validate against that field's
 * schema; an object field gets those of its parts that do (a draft need not be complete).
 */
export function prefillForm(formSchema: JsonSchema, profile: IdentityProfile, validator: FormValidator): Record<string, Json> {
  const properties = propertiesOf(formSchema);
  const values = applicantValues(profile);
  const draft: Record<string, Json> = {};
  const fill = (name: string, value: Json) => {
    const schema = properties[name];
    if (!schema || value === null) return;
    const filled = fitValue(schema, value, validator);
    if (filled !== undefined) draft[name] = filled;
  };

  const aboutAChild = CHILD_SUBJECT_PROPERTIES.some((name) => name in properties);
  for (const [name, source] of Object.entries(APPLICANT_PROPERTIES)) {
    if (source === 'birthDate' && aboutAChild) continue;
    fill(name, values[source]);
  }
  // The passport validity check asks for a bare series and number; only the pair means a passport
  // ("number" alone could be any number).
  if ('series' in properties && 'number' in properties) {
    fill('series', values.passportSeries);
    fill('number', values.passportNumber);
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
