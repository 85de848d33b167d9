// Multi-row INSERTs inside the caller's Prisma transaction. An import of
// 100 000 customers must finish in well under a minute (issue #25); Prisma's
// createMany costs about a millisecond a row here (see append-audit-entries.ts),
// so new rows go in as plain SQL, in the value formats Prisma itself stores.
import type { DbProvider } from '../../db/client';
import type { Tx } from '../../db/transaction';

export type ColumnKind = 'text' | 'int' | 'datetime' | 'source';
export type ColumnSpec = Record<string, ColumnKind>;

/** Prisma's SQLite adapter stores DateTime as ISO text with +00:00; PostgreSQL TIMESTAMP(3) as UTC wall time. */
function valueOf(provider: DbProvider, kind: ColumnKind, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (kind === 'datetime' && value instanceof Date) {
    return provider === 'sqlite'
      ? value.toISOString().replace('Z', '+00:00')
      : value.toISOString().replace('T', ' ').replace('Z', '');
  }
  return value;
}

function placeholder(provider: DbProvider, kind: ColumnKind, n: number): string {
  if (provider === 'sqlite') return '?';
  if (kind === 'datetime') return `CAST($${n} AS TIMESTAMP(3))`;
  if (kind === 'source') return `CAST($${n} AS "RecordSource")`;
  if (kind === 'int') return `CAST($${n} AS INTEGER)`;
  return `$${n}`;
}

/** Inserts `rows` (objects with every column of `columns`) into `table`, 200 rows a statement. */
export async function insertRows(
  tx: Tx,
  provider: DbProvider,
  table: string,
  columns: ColumnSpec,
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  const names = Object.keys(columns);
  const perStatement = 200;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const cells = names.map((name) => {
        const kind = columns[name] as ColumnKind;
        values.push(valueOf(provider, kind, row[name]));
        return placeholder(provider, kind, values.length);
      });
      return `(${cells.join(', ')})`;
    });
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
      ...values,
    );
  }
}
