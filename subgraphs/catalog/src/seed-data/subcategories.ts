import type { LocalizedText } from './types';

// Shared so that every service of one portal section carries byte-identical
// subcategory text: the catalog groups and facets by it.
export const SUBCATEGORY = {
  PASSPORTS: { ru: 'Паспорта, регистрация, визы', en: 'Passports, registration, visas' },
  MIGRATION: { ru: 'Иностранным гражданам', en: 'Foreign nationals' },
  CERTIFICATES: { ru: 'Справки и выписки', en: 'Certificates and extracts' },
  DRIVING: { ru: 'Транспорт и вождение', en: 'Transport and driving' },
  FINES: { ru: 'Штрафы', en: 'Fines' },
  TAXES: { ru: 'Налоги и финансы', en: 'Taxes and finance' },
  BUSINESS: { ru: 'Регистрация бизнеса', en: 'Business registration' },
  PENSIONS: { ru: 'Пенсии и пенсионные накопления', en: 'Pensions and pension savings' },
  BENEFITS: { ru: 'Пособия и выплаты', en: 'Benefits and allowances' },
  MATERNITY_CAPITAL: { ru: 'Материнский капитал', en: 'Maternity capital' },
  CIVIL_STATUS: { ru: 'Рождение, брак, смерть', en: 'Birth, marriage, death' },
  REAL_ESTATE: { ru: 'Недвижимость', en: 'Real estate' },
  HEALTH: { ru: 'Здоровье', en: 'Health' },
  EDUCATION: { ru: 'Образование', en: 'Education' },
  CHILDREN: { ru: 'Дети и школа', en: 'Children and school' },
  SOCIAL_SUPPORT: { ru: 'Социальная поддержка и льготы', en: 'Social support and privileges' },
  DISABILITY: { ru: 'Инвалидность', en: 'Disability' },
  EMPLOYMENT: { ru: 'Работа и занятость', en: 'Jobs and employment' },
  UTILITIES: { ru: 'ЖКХ', en: 'Housing and utilities' },
  CONSTRUCTION: { ru: 'Строительство и земля', en: 'Construction and land' },
  WEAPONS: { ru: 'Оружие и частная охрана', en: 'Weapons and private security' },
  ENFORCEMENT: { ru: 'Исполнительные производства', en: 'Enforcement proceedings' },
  CONSUMER: { ru: 'Защита прав потребителей', en: 'Consumer protection' },
  MILITARY: { ru: 'Воинский учёт и служба', en: 'Military registration and service' },
  HUNTING: { ru: 'Охота и рыболовство', en: 'Hunting and fishing' },
  SMALL_BOATS: { ru: 'Маломерные суда', en: 'Small boats' },
} as const satisfies Record<string, LocalizedText>;
