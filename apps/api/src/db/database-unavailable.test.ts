import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';

/** The shapes Prisma 7 with adapter-pg produced in test/faults/postgres-outage.test.ts. */
function prismaError(code: string, message: string, cause?: Record<string, unknown>) {
  return Object.assign(new Error(message), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: cause ? { driverAdapterError: { name: 'DriverAdapterError', cause } } : {},
  });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'an unreachable server',
      prismaError('P1001', "Can't reach database server", {
        kind: 'DatabaseNotReachable',
        host: '127.0.0.1',
        port: 5432,
      }),
    ],
    ['a closed connection', prismaError('P2010', 'Raw query failed', { kind: 'ConnectionClosed' })],
    [
      'a backend terminated by the administrator (raw query)',
      prismaError(
        'P2010',
        'Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`',
      ),
    ],
    [
      'a backend terminated by the administrator (adapter)',
      prismaError('P2010', 'x', { kind: 'postgres', code: '57P01' }),
    ],
    ['node-postgres losing its socket', new Error('Connection terminated unexpectedly')],
  ])('is true for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      'a unique violation',
      prismaError('P2002', 'Unique constraint failed', { kind: 'UniqueConstraintViolation' }),
    ],
    ['a trigger raising an error', prismaError('P2010', 'x', { kind: 'postgres', code: 'P0001' })],
    ['a programming error', new TypeError('cannot read properties of undefined')],
    ['a non-error', 'ECONNREFUSED'],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
