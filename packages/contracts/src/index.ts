export * from './locale';
export * from './errors';
export * from './validation';
export * from './fields';
export * from './openapi/registry';
export * from './openapi/system';
