export * from './register-values';
export * from './register-records';
export * from './register-sync';
export * from './register-validation-messages';
export * from './register-records-console';
