// Prisma CLI configuration. The portal itself never needs the CLI at run time:
// it applies prisma/**/migrations with its own runner (apps/api/src/db/migrate.ts).
// This file lets `prisma migrate deploy` work wherever Prisma's schema engine is
// available: DATABASE_URL=postgres... selects the PostgreSQL schema and migrations.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./var/oikeus.db';
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: isPostgres ? 'prisma/postgresql/schema.prisma' : 'prisma/schema.prisma',
  migrations: {
    path: isPostgres ? 'prisma/postgresql/migrations' : 'prisma/migrations',
  },
  datasource: { url },
});
