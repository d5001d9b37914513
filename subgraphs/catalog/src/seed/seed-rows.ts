import { isDeepStrictEqual } from 'node:util';
import type { Prisma } from '../generated/prisma/client';
import type { DepartmentSeed, RegionSeed, ServiceSeed } from '../seed-data/types';

// Seed records as the columns they are stored in.

export function departmentRow(seed: DepartmentSeed) {
  return {
    id: seed.code,
    nameRu: seed.name.ru,
    nameEn: seed.name.en,
    shortName: seed.shortName,
    level: seed.level,
    website: seed.website,
  };
}

export function regionRow(seed: RegionSeed) {
  return {
    code: seed.code,
    nameRu: seed.name.ru,
    nameEn: seed.name.en,
    federalDistrictRu: seed.federalDistrict.ru,
    federalDistrictEn: seed.federalDistrict.en,
  };
}

export function serviceRow(seed: ServiceSeed) {
  return {
    code: seed.code,
    titleRu: seed.title.ru,
    titleEn: seed.title.en,
    descriptionRu: seed.description.ru,
    descriptionEn: seed.description.en,
    category: seed.category,
    subcategoryRu: seed.subcategory.ru,
    subcategoryEn: seed.subcategory.en,
    departmentId: seed.departmentCode,
    level: seed.level,
    requiredDocumentsRu: seed.requiredDocuments.map((document) => document.ru),
    requiredDocumentsEn: seed.requiredDocuments.map((document) => document.en),
    feeKopecks: seed.feeKopecks,
    processingDays: seed.processingDays,
    onlineOnly: seed.onlineOnly,
    formSchema: seed.formSchema as Prisma.InputJsonObject,
    popularity: seed.popularity,
  };
}

/**
 * True when a stored row differs from the wanted values in any of their fields. Deep and
 * key-order-blind, because jsonb hands objects back with its own key order.
 */
export function differs(stored: object, wanted: object): boolean {
  const row = stored as Record<string, unknown>;
  return Object.entries(wanted).some(([field, value]) => !isDeepStrictEqual(row[field], value));
}

/** The wanted rows split into those to create and those whose stored copy is out of date. */
export function plan<W extends object, S extends object>(
  wanted: readonly W[],
  stored: readonly S[],
  keyOfWanted: (row: W) => string,
  keyOfStored: (row: S) => string,
): { create: W[]; update: W[] } {
  const byKey = new Map(stored.map((row) => [keyOfStored(row), row]));
  const create: W[] = [];
  const update: W[] = [];
  for (const row of wanted) {
    const current = byKey.get(keyOfWanted(row));
    if (!current) create.push(row);
    else if (differs(current, row)) update.push(row);
  }
  return { create, update };
}
