// Where the two schema variants live and how the PostgreSQL one is derived.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sqliteSchemaPath = path.join(repoRoot, 'prisma/schema.prisma');
export const postgresSchemaPath = path.join(repoRoot, 'prisma/postgresql/schema.prisma');
export const sqliteMigrationsDir = path.join(repoRoot, 'prisma/migrations');
export const postgresMigrationsDir = path.join(repoRoot, 'prisma/postgresql/migrations');

const header =
  '// GENERATED from prisma/schema.prisma by `pnpm --filter @oikeus/api generate`. Do not edit.\n';

/** The PostgreSQL schema is the SQLite one with provider and client output swapped. */
export function derivePostgresSchema(source = readFileSync(sqliteSchemaPath, 'utf8')): string {
  const swapped = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(
      'output       = "../apps/api/src/generated/sqlite"',
      'output       = "../../apps/api/src/generated/postgresql"',
    );
  if (swapped === source || !swapped.includes('generated/postgresql')) {
    throw new Error('prisma/schema.prisma no longer has the expected datasource/generator lines');
  }
  return header + swapped;
}
