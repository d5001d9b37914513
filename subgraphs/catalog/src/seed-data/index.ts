export type { DepartmentSeed, GovernmentLevel, LocalizedText, RegionSeed, ServiceCategory, ServiceSeed } from './types';
export { DEPARTMENTS } from './departments';
export { REGIONS } from './regions';
export { SERVICES } from './services/index';
