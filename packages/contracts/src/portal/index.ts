export * from './auth';
export * from './requests';
export * from './portal-validation-messages';
