import type { DbProvider } from '../../db/client';

/**
 * Case-insensitive `contains`/`startsWith`/`equals` for both databases:
 * PostgreSQL needs `mode: 'insensitive'`; SQLite's LIKE (contains/startsWith)
 * already ignores ASCII case, and its client type has no `mode` option.
 */
export function insensitive<Op extends 'contains' | 'startsWith' | 'equals'>(
  provider: DbProvider,
  op: Op,
  value: string,
): { [K in Op]: string } {
  const filter = { [op]: value } as { [K in Op]: string };
  if (provider === 'postgresql') {
    // The shared client type is SQLite's, which lacks `mode`; PostgreSQL's accepts it.
    return { ...filter, mode: 'insensitive' } as unknown as { [K in Op]: string };
  }
  return filter;
}
