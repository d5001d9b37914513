import { withCheckDigit } from '@eco/kit';

/** The demo citizen (identity's seed), their driver licence, plate and СТС. */
export const DEMO_CITIZEN_ID = '00000000-0000-4000-8000-000000000001';
export const DEMO_DRIVER_LICENCE = '9921345678';
export const DEMO_PLATE = 'А123ВС77';
export const DEMO_REGISTRATION_CERTIFICATE = '7745123456';

/**
 * The sandbox (test) citizen (identity's seed): their fines and taxes are test data, flagged
 * `sandbox`, so their reminders and payments reach TEST API keys' webhooks and never live ones.
 */
export const SANDBOX_CITIZEN_ID = '00000000-0000-4000-8000-000000000101';
export const SANDBOX_DRIVER_LICENCE = '9900000101';
export const SANDBOX_PLATE = 'Т001ТТ99';

export interface DemoFine {
  id: string;
  uinBody: string;
  article: string;
  part: string | null;
  /** Days before "today" (Moscow) of the decision; entry into force is 10 days later. */
  decidedDaysAgo: number;
  offenceDaysBeforeDecision: number;
  place: string;
  amountRubles: number;
  /** Paid that many days before today, with the discount. */
  paidDaysAgo?: number;
}

/**
 * Real KoAP articles and amounts, dated relative to today so the demo always shows a fine
 * within the discount window, one whose discount ends in two days (a reminder), excluded
 * articles, a paid and an overdue one.
 */
export const DEMO_FINES: DemoFine[] = [
  { id: '7a000000-0000-4000-8000-000000000001', uinBody: '1881017726000000001', article: '12.9', part: '2', decidedDaysAgo: 5, offenceDaysBeforeDecision: 2, place: 'г. Москва, Ленинградский пр-т, д. 37', amountRubles: 500 },
  { id: '7a000000-0000-4000-8000-000000000002', uinBody: '1881017726000000002', article: '12.12', part: '1', decidedDaysAgo: 18, offenceDaysBeforeDecision: 3, place: 'г. Москва, ул. Тверская — Моховая ул.', amountRubles: 1000 },
  { id: '7a000000-0000-4000-8000-000000000003', uinBody: '1881017726000000003', article: '12.16', part: '1', decidedDaysAgo: 30, offenceDaysBeforeDecision: 2, place: 'г. Москва, Садовое кольцо, Смоленская пл.', amountRubles: 500 },
  { id: '7a000000-0000-4000-8000-000000000004', uinBody: '1881017726000000004', article: '12.9', part: '6', decidedDaysAgo: 3, offenceDaysBeforeDecision: 1, place: 'М-11 «Нева», 68 км', amountRubles: 2000 },
  { id: '7a000000-0000-4000-8000-000000000005', uinBody: '1881017726000000005', article: '12.26', part: '1', decidedDaysAgo: 12, offenceDaysBeforeDecision: 5, place: 'Московская обл., г. Химки, ул. Ленинградская', amountRubles: 45000 },
  { id: '7a000000-0000-4000-8000-000000000006', uinBody: '1881017726000000006', article: '12.9', part: '2', decidedDaysAgo: 45, offenceDaysBeforeDecision: 2, place: 'МКАД, 41 км, внешняя сторона', amountRubles: 500, paidDaysAgo: 40 },
  { id: '7a000000-0000-4000-8000-000000000007', uinBody: '1881017726000000007', article: '12.16', part: '4', decidedDaysAgo: 100, offenceDaysBeforeDecision: 4, place: 'г. Москва, ул. Арбат, д. 10', amountRubles: 3000 },
];

/** The sandbox citizen's fines: one within the discount window, one whose discount ends soon. */
export const SANDBOX_FINES: DemoFine[] = [
  { id: '7a000000-0000-4000-8000-000000000101', uinBody: '1881017726000000101', article: '12.9', part: '2', decidedDaysAgo: 4, offenceDaysBeforeDecision: 1, place: 'Тестовый полигон, 1 км', amountRubles: 500 },
  { id: '7a000000-0000-4000-8000-000000000102', uinBody: '1881017726000000102', article: '12.16', part: '1', decidedDaysAgo: 18, offenceDaysBeforeDecision: 2, place: 'Тестовый полигон, 2 км', amountRubles: 500 },
];

export interface DemoTax {
  id: string;
  uinBody: string;
  type: 'PROPERTY' | 'TRANSPORT' | 'LAND';
  object: string;
  taxBase: number;
  rate: number;
  benefitApplied: string | null;
  amountRubles: number;
}

/** Last year's property, transport and land tax (due 1 December of this year). */
export const DEMO_TAXES: DemoTax[] = [
  {
    id: '7b000000-0000-4000-8000-000000000001',
    uinBody: '1820000000000000001',
    type: 'PROPERTY',
    object: 'Квартира, кадастровый номер 77:01:0004012:1234',
    taxBase: 12_500_000,
    rate: 0.1,
    benefitApplied: 'Налоговый вычет 20 м² (ст. 403 НК РФ)',
    amountRubles: 8_620,
  },
  {
    id: '7b000000-0000-4000-8000-000000000002',
    uinBody: '1820000000000000002',
    type: 'TRANSPORT',
    object: 'Toyota Camry, А123ВС77, 181 л.с.',
    taxBase: 181,
    rate: 50,
    benefitApplied: null,
    amountRubles: 9_050,
  },
  {
    id: '7b000000-0000-4000-8000-000000000003',
    uinBody: '1820000000000000003',
    type: 'LAND',
    object: 'Земельный участок, кадастровый номер 50:20:0010203:567',
    taxBase: 1_200_000,
    rate: 0.3,
    benefitApplied: null,
    amountRubles: 3_600,
  },
];

/** The sandbox citizen's transport tax. */
export const SANDBOX_TAXES: DemoTax[] = [
  {
    id: '7b000000-0000-4000-8000-000000000101',
    uinBody: '1820000000000000101',
    type: 'TRANSPORT',
    object: 'Тестовый автомобиль, Т001ТТ99, 100 л.с.',
    taxBase: 100,
    rate: 12,
    benefitApplied: null,
    amountRubles: 1_200,
  },
];

export const demoUin = (body: string) => withCheckDigit(body);
