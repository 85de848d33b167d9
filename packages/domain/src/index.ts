// Pure domain logic: no I/O, no wall clock. Time and configuration come in as arguments.
export * from './calendar';
export * from './holidays';
export * from './deadlines';
export * from './lifecycle';
export * from './register-description';
export * from './retention';
