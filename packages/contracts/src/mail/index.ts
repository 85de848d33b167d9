export * from './dev-mailbox';
