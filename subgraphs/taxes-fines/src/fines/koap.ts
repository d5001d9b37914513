import type { LocalizedText } from '@eco/kit';

/** A KoAP article and, where it has them, its part: "12.9" part "2". */
export interface ArticleRef {
  article: string;
  part: string | null;
}

/**
 * KoAP 32.2 part 1.3 excludes these offences from the 50 % discount. Data, not code: an entry
 * without parts excludes the whole article; with parts, only those parts.
 */
export const DISCOUNT_EXCLUSIONS: readonly { article: string; parts: readonly string[] | null }[] = [
  { article: '12.1', parts: ['1.1'] },
  { article: '12.8', parts: null },
  { article: '12.9', parts: ['6', '7'] },
  { article: '12.12', parts: ['3'] },
  { article: '12.15', parts: ['5'] },
  { article: '12.16', parts: ['3.1'] },
  { article: '12.24', parts: null },
  { article: '12.26', parts: null },
  { article: '12.27', parts: ['3'] },
];

export function isExcludedFromDiscount(ref: ArticleRef): boolean {
  return DISCOUNT_EXCLUSIONS.some(
    (entry) => entry.article === ref.article.trim() && (entry.parts === null || (ref.part !== null && entry.parts.includes(ref.part.trim()))),
  );
}

/** Short names of the offences the portal shows most; others are shown by their number. */
const OFFENCE_TITLES: Record<string, LocalizedText> = {
  '12.9/2': { ru: 'Превышение скорости на 20–40 км/ч', en: 'Speeding by 20–40 km/h' },
  '12.9/3': { ru: 'Превышение скорости на 40–60 км/ч', en: 'Speeding by 40–60 km/h' },
  '12.9/6': { ru: 'Повторное превышение скорости на 40–60 км/ч', en: 'Repeated speeding by 40–60 km/h' },
  '12.12/1': { ru: 'Проезд на запрещающий сигнал светофора', en: 'Running a red light' },
  '12.12/2': { ru: 'Невыполнение требования об остановке перед стоп-линией', en: 'Not stopping at the stop line' },
  '12.16/1': { ru: 'Несоблюдение требований дорожных знаков или разметки', en: 'Disregarding road signs or markings' },
  '12.16/4': { ru: 'Нарушение правил остановки или стоянки', en: 'Illegal stopping or parking' },
  '12.26/1': { ru: 'Невыполнение требования о прохождении медицинского освидетельствования', en: 'Refusing a medical examination for intoxication' },
  '12.6': { ru: 'Нарушение правил применения ремней безопасности', en: 'Not wearing a seat belt' },
};

export function offenceTitle(ref: ArticleRef): LocalizedText {
  const known = OFFENCE_TITLES[`${ref.article}/${ref.part ?? ''}`] ?? OFFENCE_TITLES[ref.article];
  const number = ref.part ? `ст. ${ref.article} ч. ${ref.part}` : `ст. ${ref.article}`;
  const numberEn = ref.part ? `article ${ref.article} part ${ref.part}` : `article ${ref.article}`;
  return known
    ? { ru: `${known.ru} (${number} КоАП РФ)`, en: `${known.en} (Code of Administrative Offences, ${numberEn})` }
    : { ru: `${number} КоАП РФ`, en: `Code of Administrative Offences, ${numberEn}` };
}
