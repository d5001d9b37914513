export type ServiceCategory = 'INFORMATIONAL' | 'TRANSACTIONAL' | 'CONSULTATIVE' | 'DOCUMENT' | 'ELECTRONIC';

export type GovernmentLevel = 'FEDERAL' | 'REGIONAL' | 'MUNICIPAL';

export interface LocalizedText {
  ru: string;
  en: string;
}

export interface DepartmentSeed {
  code: string;
  name: LocalizedText;
  shortName: string;
  level: GovernmentLevel;
  website: string | null;
}

export interface RegionSeed {
  code: string;
  name: LocalizedText;
  federalDistrict: LocalizedText;
}

export interface ServiceSeed {
  /** Stable kebab-case slug, unique across the catalog, e.g. 'mvd-internal-passport-replacement'. */
  code: string;
  title: LocalizedText;
  /** 1–3 sentences: what the citizen gets and when. */
  description: LocalizedText;
  category: ServiceCategory;
  subcategory: LocalizedText;
  /** Must exist in DEPARTMENTS. */
  departmentCode: string;
  level: GovernmentLevel;
  /** [] means available in every region; otherwise codes from REGIONS. */
  regionCodes: string[];
  requiredDocuments: LocalizedText[];
  /** State fee in integer kopecks; 0 when the service is free. */
  feeKopecks: number;
  /** Working days. */
  processingDays: number;
  onlineOnly: boolean;
  /** JSON Schema draft-07 object describing the application form. */
  formSchema: Record<string, unknown>;
  /** 0..100000, higher for services people use most. */
  popularity: number;
}
