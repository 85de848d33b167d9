// Derives the PostgreSQL schema from prisma/schema.prisma and generates one
// Prisma Client per provider. Runs on install (postinstall) and on demand.
//
// Prisma's CLI wants a native schema engine it would download from a host this
// network cannot reach; `prisma generate` does not use it, so we point
// PRISMA_SCHEMA_ENGINE_BINARY at a placeholder file to skip the download.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePostgresSchema, postgresSchemaPath, sqliteSchemaPath } from './prisma-schemas';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function generate(schemaPath: string): void {
  const placeholder = path.join(tmpdir(), 'oikeus-no-schema-engine');
  if (!existsSync(placeholder)) writeFileSync(placeholder, '');
  execFileSync('pnpm', ['exec', 'prisma', 'generate', '--schema', schemaPath], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? placeholder,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}

writeFileSync(postgresSchemaPath, derivePostgresSchema());
generate(sqliteSchemaPath);
generate(postgresSchemaPath);
console.log('Prisma clients generated (sqlite, postgresql).');
