export * from './documents-attached';
export * from './application-result-ready';
