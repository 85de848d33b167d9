import pg from 'pg';
import { MigrationError } from './migrate-error';

/** PostgreSQL's "database does not exist" (invalid_catalog_name). */
const NO_SUCH_DATABASE = '3D000';

/**
 * Connects to the database the URL names and, when it does not exist yet,
 * creates it if the role may — as `prisma migrate` does — so the README's
 * PostgreSQL line works on a fresh server. Any other failure becomes one
 * readable line (no stack trace) naming the database and what to do.
 */
export async function connectCreatingDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    const code = (error as { code?: string }).code;
    const target = new URL(url);
    const name = decodeURIComponent(target.pathname.slice(1));
    if (code !== NO_SUCH_DATABASE) {
      throw new MigrationError(
        `Cannot connect to PostgreSQL at ${target.host} (database "${name}"): ${(error as Error).message}. Check DATABASE_URL and that the server is running.`,
      );
    }
    await createDatabase(target, name);
    const created = new pg.Client({ connectionString: url });
    await created.connect();
    return created;
  }
}

async function createDatabase(target: URL, name: string): Promise<void> {
  const maintenance = new URL(target);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    throw new MigrationError(
      `The PostgreSQL database "${name}" does not exist and could not be created (${(error as Error).message}). Create it with: createdb -h ${target.hostname} -p ${target.port || '5432'} ${name}`,
    );
  } finally {
    await admin.end().catch(() => undefined);
  }
}
