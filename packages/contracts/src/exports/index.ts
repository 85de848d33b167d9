export * from './export-data';
export * from './export-api';
