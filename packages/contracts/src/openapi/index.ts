export * from './registry';
export * from './system';
