/**
 * Demo kindergartens, schools and a queue. Ids are fixed so that a second seed adds nothing and
 * other seeds can refer to them. Addresses and numbers are realistic, not real institutions.
 */

export interface DemoGroup {
  suffix: string;
  name: string;
  ageFromMonths: number;
  ageToMonths: number;
  capacity: number;
  enrolled: number;
}

export interface DemoKindergarten {
  id: string;
  number: number;
  name: string;
  district: string;
  address: string;
  type: 'GENERAL' | 'COMBINED' | 'COMPENSATORY';
  language: string;
  specialisation: string | null;
  groups: DemoGroup[];
}

export const DEMO_REGION = '77';

/** Ясли to подготовительная группа, in months of age. */
const STANDARD_GROUPS: Omit<DemoGroup, 'capacity' | 'enrolled'>[] = [
  { suffix: '1', name: 'Ясельная группа (1,5–3 года)', ageFromMonths: 18, ageToMonths: 36 },
  { suffix: '2', name: 'Младшая группа (3–4 года)', ageFromMonths: 36, ageToMonths: 48 },
  { suffix: '3', name: 'Средняя группа (4–5 лет)', ageFromMonths: 48, ageToMonths: 60 },
  { suffix: '4', name: 'Старшая группа (5–6 лет)', ageFromMonths: 60, ageToMonths: 72 },
  { suffix: '5', name: 'Подготовительная группа (6–7 лет)', ageFromMonths: 72, ageToMonths: 84 },
];

const groups = (places: [number, number][]): DemoGroup[] =>
  STANDARD_GROUPS.map((group, i) => ({ ...group, capacity: places[i][0], enrolled: places[i][1] }));

export const DEMO_KINDERGARTENS: DemoKindergarten[] = [
  {
    id: '00000000-0000-4000-8700-000000000001',
    number: 1253,
    name: 'ГБОУ «Школа № 1253», дошкольное отделение «Детский сад № 1253»',
    district: 'Хамовники',
    address: 'г. Москва, ул. Тимура Фрунзе, д. 22',
    type: 'GENERAL',
    language: 'русский',
    specialisation: 'художественно-эстетическое развитие',
    // Full: the demo queue waits here.
    groups: groups([[15, 15], [20, 20], [25, 24], [25, 25], [25, 23]]),
  },
  {
    id: '00000000-0000-4000-8700-000000000002',
    number: 1480,
    name: 'Детский сад № 1480',
    district: 'Хамовники',
    address: 'г. Москва, Комсомольский пр-т, д. 13',
    type: 'COMBINED',
    language: 'русский',
    specialisation: 'логопедические группы',
    groups: groups([[15, 15], [20, 19], [25, 25], [25, 22], [25, 25]]),
  },
  {
    id: '00000000-0000-4000-8700-000000000003',
    number: 2127,
    name: 'Детский сад № 2127 «Солнышко»',
    district: 'Арбат',
    address: 'г. Москва, Кривоарбатский пер., д. 8',
    type: 'GENERAL',
    language: 'русский',
    specialisation: null,
    groups: groups([[12, 8], [20, 15], [20, 17], [22, 20], [22, 18]]),
  },
  {
    id: '00000000-0000-4000-8700-000000000004',
    number: 1417,
    name: 'Детский сад № 1417 «Полиглот»',
    district: 'Пресненский',
    address: 'г. Москва, ул. Красная Пресня, д. 30',
    type: 'GENERAL',
    language: 'русский, английский',
    specialisation: 'изучение иностранных языков',
    groups: groups([[10, 6], [18, 10], [20, 14], [20, 15], [20, 12]]),
  },
  {
    id: '00000000-0000-4000-8700-000000000005',
    number: 2005,
    name: 'Детский сад компенсирующего вида № 2005',
    district: 'Пресненский',
    address: 'г. Москва, Шмитовский пр-д, д. 9',
    type: 'COMPENSATORY',
    language: 'русский',
    specialisation: 'для детей с нарушениями зрения',
    groups: groups([[8, 5], [10, 9], [10, 10], [12, 11], [12, 12]]),
  },
];

/** Group ids: the kindergarten's last two digits and the group's. */
export const groupId = (kindergartenId: string, suffix: string) => `00000000-0000-4000-8710-00000000${kindergartenId.slice(-2)}${suffix.padStart(2, '0')}`;

export interface DemoSchool {
  id: string;
  number: number;
  name: string;
  district: string;
  address: string;
  territory: string[];
  firstGradePlaces: number;
}

export const DEMO_SCHOOLS: DemoSchool[] = [
  {
    id: '00000000-0000-4000-8800-000000000001',
    number: 1529,
    name: 'ГБОУ «Школа № 1529 имени А. С. Грибоедова»',
    district: 'Хамовники',
    address: 'г. Москва, ул. Льва Толстого, д. 16',
    territory: ['ул. Льва Толстого', 'Комсомольский пр-т', 'ул. Тимура Фрунзе', 'Языковский пер.'],
    firstGradePlaces: 100,
  },
  {
    id: '00000000-0000-4000-8800-000000000002',
    number: 1231,
    name: 'ГБОУ «Школа № 1231 имени В. Д. Поленова»',
    district: 'Арбат',
    address: 'г. Москва, Спасопесковский пер., д. 8',
    territory: ['ул. Арбат', 'Спасопесковский пер.', 'Кривоарбатский пер.', 'Плотников пер.'],
    firstGradePlaces: 75,
  },
  {
    id: '00000000-0000-4000-8800-000000000003',
    number: 1240,
    name: 'ГБОУ «Школа № 1240»',
    district: 'Пресненский',
    address: 'г. Москва, ул. Красная Пресня, д. 13',
    territory: ['ул. Красная Пресня', 'Шмитовский пр-д', 'ул. Заморёнова'],
    firstGradePlaces: 90,
  },
];

/** The demo citizen (identity's seed-data.ts) and his daughter Алиса (identity's demo-children.ts). */
export const DEMO_CITIZEN_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_CHILD_ID = '00000000-0000-4000-8100-000000000001';
/** identity seeds Алиса 34 whole months before the first seed, on the 1st. */
export const DEMO_CHILD_AGE_MONTHS = 34;
export const DEMO_APPLICATION_ID = '00000000-0000-4000-8900-000000000001';

/**
 * Other (synthetic) parents' queue entries in the same two kindergartens, so the demo citizen
 * sees a realistic position: benefits ahead of him, earlier applicants ahead, later ones behind.
 */
export const DEMO_QUEUE: { n: number; category: 'EXTRAORDINARY' | 'PRIORITY' | 'PREFERENTIAL' | 'NONE'; submittedDaysAgo: number }[] = [
  { n: 2, category: 'NONE', submittedDaysAgo: 200 },
  { n: 3, category: 'PRIORITY', submittedDaysAgo: 20 },
  { n: 4, category: 'NONE', submittedDaysAgo: 90 },
  { n: 5, category: 'PREFERENTIAL', submittedDaysAgo: 5 },
  { n: 6, category: 'NONE', submittedDaysAgo: 30 },
  { n: 7, category: 'NONE', submittedDaysAgo: 10 },
  { n: 8, category: 'EXTRAORDINARY', submittedDaysAgo: 2 },
];
/** The demo citizen filed 60 days ago (category NONE): 6th of 8 in each group (after the three benefit categories and two earlier applicants). */
export const DEMO_CITIZEN_SUBMITTED_DAYS_AGO = 60;
