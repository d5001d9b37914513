import { WorkflowAction } from './workflow/transitions';
import type { ActionDetails } from './workflow/workflow.service';

/** identity's demo accounts (their ids are fixed there, DEMO_USERS[].id). */
export const DEMO_USER_IDS = {
  citizen: '00000000-0000-4000-8000-000000000001',
  citizen2: '00000000-0000-4000-8000-000000000002',
  employeeMvd: '00000000-0000-4000-8000-000000000003',
  employeeGibdd: '00000000-0000-4000-8000-000000000004',
  /** A sandbox (test) citizen: their applications are test data (`sandbox`). */
  sandboxCitizen: '00000000-0000-4000-8000-000000000101',
} as const;

/** Names of the demo applicants as identity's seed has them (a real submission asks identity). */
export const DEMO_APPLICANT_NAMES: Readonly<Record<string, string>> = {
  [DEMO_USER_IDS.citizen]: 'Иванов Иван Иванович',
  [DEMO_USER_IDS.citizen2]: 'Петрова Мария Сергеевна',
  [DEMO_USER_IDS.sandboxCitizen]: 'Тестов Тест Тестович',
};

/** The demo employee of each department that has one. */
export const DEMO_EMPLOYEES: Readonly<Record<string, string>> = {
  MVD: DEMO_USER_IDS.employeeMvd,
  GIBDD: DEMO_USER_IDS.employeeGibdd,
};

export interface DemoStep {
  action: WorkflowAction;
  /** Hours after the previous step. */
  afterHours: number;
  details?: ActionDetails;
}

export interface DemoApplication {
  /** The idempotency key: what makes the seed find its own applications again. */
  key: string;
  applicantId: string;
  serviceCode: string;
  /** Submitted this many days before the seed runs. */
  daysAgo: number;
  formData: Record<string, unknown>;
  steps: DemoStep[];
  priority?: 'HIGH';
  /** Assigned to the department's demo employee once the steps are done. */
  assigned?: boolean;
  /** Filed by a sandbox citizen: test data. */
  sandbox?: boolean;
}

// Made-up data, consistent with identity's demo citizens and valid against the catalog's forms.
const IVANOV = { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' };
const IVANOV_PASSPORT = { series: '4510', number: '123456', issueDate: '2005-05-20', issuedBy: 'ОВД района Арбат г. Москвы', divisionCode: '770-001' };
const ARBAT = { regionCode: '77', postalCode: '119002', locality: 'Москва', street: 'ул. Арбат', house: '10', apartment: '5' };
/**
 * The demo citizen's photos, uploaded by the documents subgraph's seed under these ids (its
 * seed-data.ts): the demo applications name them, and the seed attaches them.
 */
export const DEMO_DOCUMENT_IDS = {
  passportPhoto: 'd0c00000-0000-4000-8000-000000000003',
  licencePhoto: 'd0c00000-0000-4000-8000-000000000004',
  internationalLicencePhoto: 'd0c00000-0000-4000-8000-000000000005',
} as const;
const photo = (fileId: string) => ({ fileId, fileName: 'photo.jpg', mimeType: 'image/jpeg' });
const CONSENT = { consent: true };
/** The department's decision on the completed demo application, printed on its signed result. */
export const CRIMINAL_RECORD_DECISION =
  'Справка о наличии (отсутствии) судимости и (или) факта уголовного преследования выдана: сведения о судимости и уголовном преследовании в отношении заявителя отсутствуют.';

const S = WorkflowAction;

export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  {
    key: 'demo-seed-criminal-record',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'mvd-criminal-record-certificate',
    daysAgo: 40,
    formData: {
      fullName: IVANOV,
      previousNames: [],
      birthDate: '1985-04-12',
      birthPlace: 'г. Москва',
      passport: IVANOV_PASSPORT,
      registrationAddress: ARBAT,
      purpose: 'Трудоустройство',
      resultFormat: 'Электронный документ',
      ...CONSENT,
    },
    steps: [
      { action: S.REGISTER, afterHours: 3 },
      { action: S.START_PROCESSING, afterHours: 20 },
      { action: S.COMPLETE, afterHours: 24 * 12, details: { decision: CRIMINAL_RECORD_DECISION, documentRef: 'mvd:certificate:2024/77-1183502' } },
    ],
  },
  {
    key: 'demo-seed-residence-registration',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'mvd-registration-place-of-residence',
    daysAgo: 4,
    formData: {
      passport: IVANOV_PASSPORT,
      fullName: IVANOV,
      newAddress: { regionCode: '77', postalCode: '125009', locality: 'Москва', street: 'ул. Тверская', house: '7', apartment: '12' },
      occupancyBasis: 'Право собственности',
      previousAddress: ARBAT,
      deregisterPrevious: true,
      unitCode: '770-001',
      ...CONSENT,
    },
    steps: [
      { action: S.REGISTER, afterHours: 2 },
      { action: S.START_PROCESSING, afterHours: 5 },
    ],
    priority: 'HIGH',
    assigned: true,
  },
  {
    key: 'demo-seed-passport-replacement',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'mvd-internal-passport-replacement-20-45',
    daysAgo: 9,
    formData: {
      reason: 'Достижение 45 лет',
      fullName: IVANOV,
      gender: 'Мужской',
      birthDate: '1985-04-12',
      birthPlace: 'г. Москва',
      currentPassport: IVANOV_PASSPORT,
      registrationAddress: ARBAT,
      photo: photo(DEMO_DOCUMENT_IDS.passportPhoto),
      pickupUnitCode: '770-001',
      ...CONSENT,
    },
    steps: [
      { action: S.REGISTER, afterHours: 4 },
      { action: S.START_PROCESSING, afterHours: 24 },
      {
        action: S.REQUEST_INFORMATION,
        afterHours: 30,
        details: { comment: 'Фотография не соответствует требованиям: нужен светлый однотонный фон. Загрузите новую фотографию.' },
      },
    ],
  },
  {
    key: 'demo-seed-licence-replacement',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'gibdd-driver-licence-replacement-expiry',
    daysAgo: 3,
    formData: {
      reason: 'Истечение срока действия',
      fullName: IVANOV,
      passport: IVANOV_PASSPORT,
      currentLicenceNumber: '9921345678',
      currentLicenceIssueDate: '2021-06-01',
      medicalReport: { number: '77-000451', issueDate: '2025-03-14', clinicName: 'ГБУЗ «Городская поликлиника № 2»' },
      photo: photo(DEMO_DOCUMENT_IDS.licencePhoto),
      unitCode: '770-101',
      appointment: '2026-12-15T10:30:00+03:00',
      ...CONSENT,
    },
    steps: [{ action: S.REGISTER, afterHours: 6 }],
  },
  {
    key: 'demo-seed-vehicle-history',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'gibdd-vehicle-history-check',
    daysAgo: 0,
    formData: { vin: 'XTA210990Y2765432', checks: ['История регистрации', 'Участие в ДТП'] },
    steps: [],
  },
  {
    key: 'demo-seed-international-licence',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'gibdd-international-driver-licence',
    daysAgo: 20,
    formData: {
      fullName: IVANOV,
      latinName: { lastName: 'IVANOV', firstName: 'IVAN' },
      passport: IVANOV_PASSPORT,
      nationalLicenceNumber: '9921345678',
      nationalLicenceIssueDate: '2021-06-01',
      photo: photo(DEMO_DOCUMENT_IDS.internationalLicencePhoto),
      unitCode: '770-101',
      appointment: '2026-11-03T09:00:00+03:00',
      ...CONSENT,
    },
    steps: [
      { action: S.REGISTER, afterHours: 1 },
      { action: S.START_PROCESSING, afterHours: 2 },
      { action: S.REJECT, afterHours: 26, details: { reason: 'Фотография не соответствует требованиям к документам.' } },
    ],
  },
  {
    key: 'demo-seed-passport-check',
    applicantId: DEMO_USER_IDS.citizen,
    serviceCode: 'mvd-passport-validity-check',
    daysAgo: 12,
    formData: { series: '4510', number: '123456' },
    steps: [{ action: S.WITHDRAW, afterHours: 1, details: { comment: 'Подано по ошибке' } }],
  },
  {
    key: 'demo-seed-sandbox-passport-check',
    applicantId: DEMO_USER_IDS.sandboxCitizen,
    serviceCode: 'mvd-passport-validity-check',
    daysAgo: 3,
    formData: { series: '4599', number: '000101' },
    steps: [{ action: S.REGISTER, afterHours: 2 }],
    sandbox: true,
  },
  {
    key: 'demo-seed-criminal-record-petrova',
    applicantId: DEMO_USER_IDS.citizen2,
    serviceCode: 'mvd-criminal-record-certificate',
    daysAgo: 1,
    formData: {
      fullName: { lastName: 'Петрова', firstName: 'Мария', middleName: 'Сергеевна' },
      previousNames: [{ lastName: 'Смирнова', firstName: 'Мария', middleName: 'Сергеевна' }],
      birthDate: '1992-09-03',
      birthPlace: 'г. Тула',
      passport: { series: '7012', number: '654321', issueDate: '2012-10-01', issuedBy: 'УФМС России по Тульской области', divisionCode: '710-002' },
      registrationAddress: { regionCode: '50', postalCode: '141400', locality: 'Химки', street: 'ул. Ленина', house: '3', apartment: '41' },
      purpose: 'Опека и усыновление',
      resultFormat: 'Бумажная справка в МФЦ',
      ...CONSENT,
    },
    steps: [],
  },
];
