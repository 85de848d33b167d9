export * from './registry';
export * from './system';
export * from './portal';
export * from './console';
export * from './mail';
export * from './exports';
export * from './registers';
