import { randomUUID } from 'node:crypto';

/** Valid form data for the catalog services the tests apply for. */
export const PASSPORT_CHECK = 'mvd-passport-validity-check';
export const VEHICLE_HISTORY = 'gibdd-vehicle-history-check';
export const CRIMINAL_RECORD = 'mvd-criminal-record-certificate';

export const passportCheckForm = (number = '123456') => ({ series: '4510', number });
export const vehicleHistoryForm = () => ({ vin: 'XTA210990Y2765432', checks: ['Участие в ДТП'] });

export const criminalRecordForm = () => ({
  fullName: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
  previousNames: [],
  birthDate: '1985-04-12',
  birthPlace: 'г. Москва',
  passport: { series: '4510', number: '123456', issueDate: '2005-05-20', divisionCode: '770-001' },
  registrationAddress: { regionCode: '77', locality: 'Москва', house: '10' },
  purpose: 'Трудоустройство',
  resultFormat: 'Электронный документ',
  consent: true,
});

export const newUserId = () => randomUUID();
export const newKey = () => `key-${randomUUID()}`;

/** Forms with file fields (the catalog's `fileField`): one optional file, and a list of files. */
export const RESIDENCE_REGISTRATION = 'mvd-registration-place-of-residence';
export const REHABILITATION = 'mvd-political-repression-rehabilitation-certificate';

const fileRef = (fileId: string, mimeType = 'application/pdf') => ({ fileId, fileName: 'document.pdf', mimeType });

export const residenceRegistrationForm = (ownershipDocumentId?: string) => ({
  passport: { series: '4510', number: '123456', issueDate: '2005-05-20', divisionCode: '770-001' },
  fullName: { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' },
  newAddress: { regionCode: '77', locality: 'Москва', house: '7' },
  occupancyBasis: 'Право собственности',
  deregisterPrevious: true,
  unitCode: '770-001',
  consent: true,
  ...(ownershipDocumentId ? { ownershipDocument: fileRef(ownershipDocumentId) } : {}),
});

export const rehabilitationForm = (kinshipDocuments: { id: string; mimeType?: string }[]) => ({
  applicantFullName: { lastName: 'Иванов', firstName: 'Иван' },
  repressedFullName: { lastName: 'Иванов', firstName: 'Пётр' },
  repressedBirthYear: 1901,
  repressionType: 'Лишение свободы',
  relation: 'Дед или бабушка',
  kinshipDocuments: kinshipDocuments.map((document) => fileRef(document.id, document.mimeType)),
  consent: true,
});
