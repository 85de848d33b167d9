// One database's part of the run: seed, start the real app, measure every
// scenario against it and the raw driver, then drop the database.
import { start } from '../src/server';
import { seedRegisters } from '../src/features/seed/seed-registers';
import type { BenchDatabase } from './bench-database';
import { createBenchContext } from './bench-context';
import type { BenchOptions } from './bench-options';
import type { BenchRun } from './bench-run';
import { createBenchStaff } from './bench-staff';
import { trackInFlight } from './in-flight';
import { measureDetail } from './measure-detail';
import { measureExport } from './measure-export';
import { measureImport } from './measure-import';
import { measureQueue } from './measure-queue';
import { measureReminders } from './measure-reminders';
import { measureReporting } from './measure-reporting';
import { measureSearch } from './measure-search';
import { createRandom } from './random';
import { openRawDb } from './raw-db';
import type { ResultRow } from './result-table';
import { EXPORT_SUBJECT_REFERENCE, seedExportSubject } from './seed-export-subject';
import { seedRequests, type RegisterPerson } from './seed-requests';

export interface DatabaseBenchResult {
  label: string;
  rows: ResultRow[];
  /** What was seeded and how long it took. */
  dataset: string[];
}

const DETAIL_SAMPLE = 100;

export async function runDatabaseBench(
  database: BenchDatabase,
  options: BenchOptions,
  log: (message: string) => void,
): Promise<DatabaseBenchResult> {
  const label = database.provider === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  const say = (message: string) => log(`[${label}] ${message}`);
  const dataset: string[] = [];
  const ctx = await createBenchContext(database.url, options.now);
  const raw = openRawDb(database.url);
  let server: Awaited<ReturnType<typeof start>> | null = null;
  try {
    const staff = await createBenchStaff(ctx);

    say(`seeding ${options.customers.toLocaleString('en')} customers`);
    const step = Math.max(1, Math.floor(options.customers / 5));
    let next = step;
    const registers = await seedRegisters(
      database.url,
      { customers: options.customers, now: options.now },
      (done) => {
        if (done >= next) {
          say(`  ${done.toLocaleString('en')} customers`);
          next += step;
        }
      },
    );
    dataset.push(
      `${registers.customers.toLocaleString('en')} customers, ${registers.rows.toLocaleString('en')} register rows in ${(registers.ms / 1000).toFixed(1)} s`,
    );

    const people = (
      await raw.query<Record<string, unknown>>(
        `SELECT "id", "firstName", "lastName", "email", "phone" FROM "Customer" WHERE "email" IS NOT NULL ORDER BY "id" LIMIT 5000`,
      )
    ).map((r): RegisterPerson => ({
      customerId: String(r.id),
      firstName: String(r.firstName),
      lastName: String(r.lastName),
      email: typeof r.email === 'string' ? r.email : null,
      phone: typeof r.phone === 'string' ? r.phone : null,
    }));

    say(`seeding ${options.requests.toLocaleString('en')} requests`);
    const takenReferences = new Set([EXPORT_SUBJECT_REFERENCE]);
    const requests = await seedRequests(ctx, {
      count: options.requests,
      mode: 'mixed',
      staffIds: staff.staffIds,
      people,
      tag: 'mix',
      takenReferences,
      random: createRandom(20_261_124),
    });
    dataset.push(
      `${requests.requests.toLocaleString('en')} requests (${requests.open.toLocaleString('en')} open) from ${requests.accounts.toLocaleString('en')} accounts in ${(requests.ms / 1000).toFixed(1)} s`,
    );

    say(`seeding the export subject (${options.exportLines.toLocaleString('en')} invoice lines)`);
    const exportSubject = await seedExportSubject(ctx, {
      invoiceLines: options.exportLines,
      handlerId: staff.handlerId,
    });
    dataset.push(
      `export subject: ${exportSubject.invoiceLines.toLocaleString('en')} invoice lines`,
    );

    // After a bulk load PostgreSQL's autovacuum would gather statistics shortly;
    // do it now so the planner sees the data as a running system would.
    // SQLite keeps none unless someone runs ANALYZE, and the app does not.
    if (database.provider === 'postgresql') await raw.query('ANALYZE');

    const sampleRequestIds = (
      await raw.query<{ id: string }>(
        `SELECT "id" FROM "RightsRequest" ORDER BY "id" LIMIT ${DETAIL_SAMPLE}`,
      )
    ).map((r) => r.id);

    if (options.isSeedOnly) {
      say(`seeded; not measuring (--seed-only)${options.keep ? `, kept at ${database.url}` : ''}`);
      return { label, rows: [], dataset };
    }
    server = await start(ctx, 0, '127.0.0.1');
    const inFlight = trackInFlight(server.server);
    const run: BenchRun = {
      options,
      label,
      ctx,
      url: server.url,
      settle: () => inFlight.settled(),
      raw,
      staff,
      people,
      sampleRequestIds,
      exportSubject,
      log: say,
    };
    const rows: ResultRow[] = [];
    rows.push(...(await measureQueue(run)));
    rows.push(...(await measureDetail(run)));
    rows.push(...(await measureSearch(run)));
    rows.push(...(await measureExport(run)));
    rows.push(...(await measureReminders(run, takenReferences)));
    rows.push(...(await measureReporting(run)));
    // Issue #25 names SQLite, the embedded default, for the import target.
    if (database.provider === 'sqlite') {
      rows.push(...(await measureImport(options.customers, options.now, say)));
    }
    return { label, rows, dataset };
  } finally {
    await server?.stop();
    await raw.close();
    await ctx.db.close();
    await database.drop();
  }
}
