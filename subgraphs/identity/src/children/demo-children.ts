import type { ChildFields } from './children.service';

/** The demo citizen (seed-data.ts): Иванов Иван Иванович. */
const DEMO_PARENT_ID = '00000000-0000-4000-8000-000000000001';

export interface DemoChild {
  /** Fixed, so education can seed a queue entry for this child. */
  id: string;
  parentId: string;
  fields: ChildFields;
}

/** Whole months back from `now`, on the 1st, as `YYYY-MM-DD`. */
function monthsAgo(now: Date, months: number, plusDays = 0): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1 + plusDays));
  return date.toISOString().slice(0, 10);
}

/**
 * The demo citizen's children, aged relative to the first seed: one of kindergarten age
 * (2 years 10 months) and one who is always of first-grade age in the current campaign
 * (6 years 9 months). The certificates are made up but valid.
 */
export function demoChildren(now: Date): DemoChild[] {
  const alisaBorn = monthsAgo(now, 34);
  const mishaBorn = monthsAgo(now, 81);
  return [
    {
      id: '00000000-0000-4000-8100-000000000001',
      parentId: DEMO_PARENT_ID,
      fields: {
        lastName: 'Иванова',
        firstName: 'Алиса',
        middleName: 'Ивановна',
        birthDate: alisaBorn,
        sex: 'FEMALE',
        birthCertificate: { series: 'IV-МЮ', number: '612345', issueDate: monthsAgo(now, 34, 9) },
      },
    },
    {
      id: '00000000-0000-4000-8100-000000000002',
      parentId: DEMO_PARENT_ID,
      fields: {
        lastName: 'Иванов',
        firstName: 'Михаил',
        middleName: 'Иванович',
        birthDate: mishaBorn,
        sex: 'MALE',
        birthCertificate: { series: 'III-МЮ', number: '554433', issueDate: monthsAgo(now, 81, 12) },
      },
    },
  ];
}
