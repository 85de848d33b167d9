export * from './locale';
export * from './errors';
export * from './validation';
export * from './fields';
