export * from './request-event-types';
export * from './audit-actions';
