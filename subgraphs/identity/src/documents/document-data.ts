/** Decrypted identity documents as stored (normalized numbers, dates as `YYYY-MM-DD`). */
export interface PassportData {
  /** Four digits, no space. */
  series: string;
  number: string;
  issueDate: string;
  issuerCode: string;
  issuedBy: string;
}

export interface DriverLicenceData {
  /** Ten digits, no spaces. */
  number: string;
  issueDate: string;
  expiryDate: string;
  categories: string[];
}

export interface IdentityDocumentsData {
  userId: string;
  /** Eleven digits. */
  snils: string | null;
  /** Twelve digits (a person's INN). */
  inn: string | null;
  passport: PassportData | null;
  driverLicence: DriverLicenceData | null;
  /** Row ids of the documents present, for the audit journal (document_viewed names them). */
  documentIds: { kind: DocumentKind; id: string }[];
}

export const DOCUMENT_KINDS = ['SNILS', 'INN', 'PASSPORT', 'DRIVER_LICENCE'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The JSON encrypted for each kind. */
export interface DocumentPayloads {
  SNILS: { number: string };
  INN: { number: string };
  PASSPORT: PassportData;
  DRIVER_LICENCE: DriverLicenceData;
}

export function emptyDocuments(userId: string): IdentityDocumentsData {
  return { userId, snils: null, inn: null, passport: null, driverLicence: null, documentIds: [] };
}

/** Associated data binding a ciphertext to its owner and kind. */
export const documentAad = (userId: string, kind: DocumentKind): string => `${userId}:${kind}`;
