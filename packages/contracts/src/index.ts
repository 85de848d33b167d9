export * from './locale';
export * from './errors';
export * from './validation';
export * from './fields';
export * from './console';
export * from './portal';
export * from './mail';
export * from './exports';
