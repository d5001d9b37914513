import type { Role } from '@eco/kit';
import type { DriverLicenceFields, PassportFields } from './documents/documents.service';

export const DEMO_PASSWORD = 'Demo-Password1!';

/**
 * The organisation the demo representative acts for. identity has no Organization table yet, so
 * it exists only here (and in the representative's description); its INN passes the check digits.
 */
export const DEMO_ORGANIZATION = { name: 'ООО «Городской транспорт»', inn: '7701234560' } as const;

export interface DemoUser {
  /** Fixed, so other subgraphs can seed demo records that belong to these people. */
  id: string;
  email: string;
  phone: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  roles: Role[];
  departmentId: string | null;
  description: string;
  documents?: { snils: string; inn: string; passport: PassportFields; driverLicence: DriverLicenceFields };
  /** A sandbox (test) citizen: their records are test data (docs/api-clients.md, "Test and live keys"). */
  sandbox?: boolean;
}

/**
 * Demo accounts. The document numbers are made up but pass the official check digits
 * (SNILS 157-236-098: check number 74); the seed validates them, so a typo fails loudly.
 */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'citizen@demo.gosuslugi.local',
    phone: '+79990000001',
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    birthDate: '1985-04-12',
    roles: ['CITIZEN'],
    departmentId: null,
    description: 'Citizen with SNILS, INN, passport and driver licence on file',
    documents: {
      snils: '157-236-098 74',
      inn: '500100732259',
      passport: {
        series: '4510',
        number: '123456',
        issueDate: '2005-05-20',
        issuerCode: '770-001',
        issuedBy: 'ОВД района Арбат г. Москвы',
      },
      driverLicence: { number: '9921 345678', issueDate: '2021-06-01', expiryDate: '2031-06-01', categories: ['B', 'B1'] },
    },
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    email: 'citizen2@demo.gosuslugi.local',
    phone: '+79990000002',
    lastName: 'Петрова',
    firstName: 'Мария',
    middleName: 'Сергеевна',
    birthDate: '1992-09-03',
    roles: ['CITIZEN'],
    departmentId: null,
    description: 'Second citizen, no documents yet',
  },
  {
    id: '00000000-0000-4000-8000-000000000003',
    email: 'employee.mvd@demo.gosuslugi.local',
    phone: '+79990000003',
    lastName: 'Сидоров',
    firstName: 'Пётр',
    middleName: null,
    birthDate: '1980-01-25',
    roles: ['EMPLOYEE'],
    departmentId: 'MVD',
    description: 'Employee of the Ministry of Internal Affairs (MVD)',
  },
  {
    id: '00000000-0000-4000-8000-000000000004',
    email: 'employee.gibdd@demo.gosuslugi.local',
    phone: '+79990000004',
    lastName: 'Кузнецова',
    firstName: 'Анна',
    middleName: 'Викторовна',
    birthDate: '1988-11-14',
    roles: ['EMPLOYEE'],
    departmentId: 'GIBDD',
    description: 'Employee of the traffic police (GIBDD)',
  },
  {
    id: '00000000-0000-4000-8000-000000000005',
    email: 'admin@demo.gosuslugi.local',
    phone: '+79990000005',
    lastName: 'Смирнов',
    firstName: 'Алексей',
    middleName: null,
    birthDate: '1979-07-30',
    roles: ['ADMIN'],
    departmentId: null,
    description: 'Portal administrator',
  },
  {
    id: '00000000-0000-4000-8000-000000000006',
    email: 'org@demo.gosuslugi.local',
    phone: '+79990000006',
    lastName: 'Ковалёв',
    firstName: 'Дмитрий',
    middleName: 'Андреевич',
    birthDate: '1986-02-09',
    roles: ['ORG_REPRESENTATIVE'],
    departmentId: null,
    description: `Representative of ${DEMO_ORGANIZATION.name} (INN ${DEMO_ORGANIZATION.inn}): LIVE API keys with webhooks:manage`,
  },
  {
    id: '00000000-0000-4000-8000-000000000007',
    email: 'employee.minpros@demo.gosuslugi.local',
    phone: '+79990000007',
    lastName: 'Орлова',
    firstName: 'Елена',
    middleName: 'Павловна',
    birthDate: '1983-03-17',
    roles: ['EMPLOYEE'],
    departmentId: 'MINPROS',
    description: 'Employee of the education department (MINPROS): kindergarten places, first-grade enrollment',
  },
];

/**
 * Sandbox citizens: test data for TEST API keys. What they file is flagged `sandbox` and reaches
 * only TEST keys' webhooks; their documents are fictional (valid check digits, like the demo ones).
 */
export const SANDBOX_USERS: readonly DemoUser[] = [
  {
    id: '00000000-0000-4000-8000-000000000101',
    email: 'test.citizen@sandbox.gosuslugi.local',
    phone: '+79990000101',
    lastName: 'Тестов',
    firstName: 'Тест',
    middleName: 'Тестович',
    birthDate: '1990-01-01',
    roles: ['CITIZEN'],
    departmentId: null,
    description: 'Sandbox citizen with documents: test data for TEST API keys',
    sandbox: true,
    documents: {
      snils: '234-567-890 99',
      inn: '770100010180',
      passport: { series: '4599', number: '000101', issueDate: '2010-02-01', issuerCode: '770-002', issuedBy: 'Тестовый отдел УФМС г. Москвы' },
      driverLicence: { number: '9900 000101', issueDate: '2020-03-01', expiryDate: '2030-03-01', categories: ['B'] },
    },
  },
  {
    id: '00000000-0000-4000-8000-000000000102',
    email: 'test.citizen2@sandbox.gosuslugi.local',
    phone: '+79990000102',
    lastName: 'Тестова',
    firstName: 'Проба',
    middleName: null,
    birthDate: '1995-06-15',
    roles: ['CITIZEN'],
    departmentId: null,
    description: 'Second sandbox citizen with documents: test data for TEST API keys',
    sandbox: true,
    documents: {
      snils: '123-456-789 64',
      inn: '770100010253',
      passport: { series: '4599', number: '000102', issueDate: '2015-07-01', issuerCode: '770-002', issuedBy: 'Тестовый отдел УФМС г. Москвы' },
      driverLicence: { number: '9900 000102', issueDate: '2021-08-01', expiryDate: '2031-08-01', categories: ['B'] },
    },
  },
];

/** What the start script prints so people can sign in. */
export const DEMO_ACCOUNTS = [...DEMO_USERS, ...SANDBOX_USERS].map((user) => ({
  email: user.email,
  password: DEMO_PASSWORD,
  roles: user.roles,
  description: user.description,
}));
