// `pnpm dsr import` at scale: 100 000 customers from a ;-separated CSV with
// Finnish dates into an empty SQLite database, beside the raw driver inserting
// the same rows (issue #25 target: under 60 s). Runs on its own scratch
// databases so the seeded dataset of the other scenarios is not disturbed.
//
// Alone: `pnpm --filter @oikeus/api exec tsx bench/measure-import.ts [customers]`.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRegisterFile } from '../src/features/register-sync/import-register-file';
import { createBulkInserter } from '../src/features/seed/bulk-insert';
import { createBenchContext } from './bench-context';
import { benchDir, createSqliteBenchDatabase } from './bench-database';
import { formatRatio, seconds, verdict, type ResultRow } from './result-table';

const TARGET_MS = 60_000;

function customerCsv(count: number): string {
  const lines = [
    'externalId;firstName;lastName;company;email;phone;streetAddress;postalCode;city;country;relationshipStartedOn;relationshipEndedOn;source;sourceDetail',
  ];
  for (let i = 0; i < count; i += 1) {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    lines.push(
      `CRM-${i};Etunimi${i % 997};Sukunimi${i};${i % 3 === 0 ? `Yritys ${i % 501} Oy` : ''};asiakas${i}@example.fi;040 ${String(1_000_000 + i).slice(-7)};Katu ${i % 200};${String(10_000 + (i % 89_999)).padStart(5, '0')};Tampere;FI;${day}.${month}.20${10 + (i % 15)};;contract;CRM`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function measureImport(
  customers: number,
  now: Date,
  log: (message: string) => void,
): Promise<ResultRow[]> {
  const file = path.join(benchDir, `import-${randomUUID().slice(0, 8)}.csv`);
  const ours = await createSqliteBenchDatabase(false);
  const baseline = await createSqliteBenchDatabase(false);
  try {
    writeFileSync(file, customerCsv(customers));
    log(`importing ${customers.toLocaleString('en')} customers with pnpm dsr import's use case`);
    const ctx = await createBenchContext(ours.url, now);
    let importMs = 0;
    try {
      const started = performance.now();
      const result = await importRegisterFile(ctx, { recordType: 'customers', file });
      importMs = performance.now() - started;
      if (result.status !== 'completed' || result.counts.created !== customers) {
        throw new Error(
          `import did not create every customer: ${JSON.stringify(result).slice(0, 300)}`,
        );
      }
    } finally {
      await ctx.db.close();
    }
    log('inserting the same customers through the raw driver');
    const inserter = createBulkInserter(baseline.url);
    const at = now;
    const rows = Array.from({ length: customers }, (_, i) => ({
      id: randomUUID(),
      externalId: `CRM-${i}`,
      firstName: `Etunimi${i % 997}`,
      lastName: `Sukunimi${i}`,
      email: `asiakas${i}@example.fi`,
      country: 'FI',
      relationshipStartedOn: at,
      source: 'contract',
      sourceDetail: 'CRM',
      createdAt: at,
      updatedAt: at,
    }));
    const started = performance.now();
    for (let i = 0; i < rows.length; i += 1000) {
      await inserter.insertBatch([['Customer', rows.slice(i, i + 1000)]]);
    }
    const rawMs = performance.now() - started;
    await inserter.close();
    return [
      {
        db: 'SQLite',
        scenario: `import ${customers.toLocaleString('en')} customers (CSV ; BOM, d.M.yyyy)`,
        load: 'pnpm dsr import, empty database',
        ours: seconds(importMs),
        baseline: `${seconds(rawMs)} (INSERT only, no parsing or checks)`,
        ratio: formatRatio(importMs, rawMs),
        target: '< 60 s',
        verdict: verdict(importMs < TARGET_MS),
      },
    ];
  } finally {
    await ours.drop();
    await baseline.drop();
    const { rmSync } = await import('node:fs');
    rmSync(file, { force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? '100000');
  const rows = await measureImport(count, new Date('2026-12-07T10:00:00Z'), (m) =>
    process.stderr.write(`${m}\n`),
  );
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
}
