// A PostgreSQL database of its own for tests that scan or send everything that
// is due (reminder scans, outbox workers): in the run's shared database they
// would also pick up other test files' requests and mail.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export interface PrivatePostgres {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database on the test server; the app's start-up migrates it. */
export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const shared = new URL(inject('postgresUrl'));
  const admin = new URL(shared);
  admin.pathname = '/postgres';
  const name = `oikeus_mail_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(shared);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
