// Child process for the export row: compiles one package (or does the
// baseline's raw reads) and reports its own wall time and peak RSS, so the
// figure is that process's memory and not the parent's seeded dataset.
// Usage: node --import tsx bench/export-child.ts '<json ExportChildJob>'
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Row } from './raw-db';

export interface ExportChildJob {
  mode: 'oikeus' | 'raw';
  databaseUrl: string;
  now: string;
  requestId: string;
  staffId: string;
  customerId: string;
}

export interface ExportChildResult {
  wallMs: number;
  /** This process's peak resident set, in MB (see peakRssMb()). */
  peakRssMb: number;
  /** RSS right before the work started: Node, tsx and the loaded modules. */
  startRssMb: number;
  bytes: number;
  rows: number;
}

const MB = 1024 * 1024;

// Each mode imports only what it uses, so the baseline's RSS carries no Prisma client.
async function runOikeus(job: ExportChildJob): Promise<Omit<ExportChildResult, 'peakRssMb'>> {
  const { compileExport } = await import('../src/features/exports/compile-export');
  const { createBenchContext } = await import('./bench-context');
  const ctx = await createBenchContext(job.databaseUrl, new Date(job.now));
  try {
    const startRssMb = process.memoryUsage().rss / MB;
    const started = performance.now();
    const result = await compileExport(ctx, {
      requestId: job.requestId,
      staffId: job.staffId,
    });
    const wallMs = performance.now() - started;
    const counts = await ctx.db.prisma.export.findUnique({
      where: { id: result.id },
      select: { manifest: true },
    });
    const manifest = JSON.parse(counts?.manifest ?? '{}') as { counts?: Record<string, number> };
    const rows = Object.values(manifest.counts ?? {}).reduce((a, b) => a + b, 0);
    return { wallMs, startRssMb, bytes: result.size, rows };
  } finally {
    await ctx.db.close();
  }
}

/**
 * The baseline: read every record of the subject once with plain SQL and
 * stream it as gzipped JSON lines. The app reads each record three times
 * (report, data.json, CSV), masks third parties and zips; this is the floor.
 */
async function runRaw(job: ExportChildJob): Promise<Omit<ExportChildResult, 'peakRssMb'>> {
  const { openRawDb } = await import('./raw-db');
  const db = openRawDb(job.databaseUrl);
  try {
    const startRssMb = process.memoryUsage().rss / MB;
    const started = performance.now();
    const id = [job.customerId];
    const queries: Array<[string, unknown[]]> = [
      [`SELECT * FROM "Customer" WHERE "id" = ?`, id],
      [`SELECT * FROM "ServiceOrder" WHERE "customerId" = ? ORDER BY "orderedAt", "id"`, id],
      [
        `SELECT c.* FROM "ServiceOrderChange" c JOIN "ServiceOrder" o ON o."id" = c."orderId" WHERE o."customerId" = ? ORDER BY c."changedAt", c."id"`,
        id,
      ],
      [`SELECT * FROM "Invoice" WHERE "customerId" = ? ORDER BY "issuedOn", "number", "id"`, id],
      [
        `SELECT l.* FROM "InvoiceLine" l JOIN "Invoice" i ON i."id" = l."invoiceId" WHERE i."customerId" = ? ORDER BY l."invoiceId", l."lineNo", l."id"`,
        id,
      ],
      [`SELECT * FROM "MarketingContact" WHERE "customerId" = ?`, id],
      [
        `SELECT p.* FROM "MarketingPermission" p JOIN "MarketingContact" m ON m."id" = p."contactId" WHERE m."customerId" = ?`,
        id,
      ],
      [
        `SELECT e.* FROM "MarketingPermissionEvent" e JOIN "MarketingContact" m ON m."id" = e."contactId" WHERE m."customerId" = ?`,
        id,
      ],
    ];
    let bytes = 0;
    let rows = 0;
    const gzip = createGzip();
    const counter = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    const done = pipeline(gzip, counter);
    for (const [sql, params] of queries) {
      const result: Row[] = await db.query(sql, params);
      for (const row of result) {
        rows += 1;
        if (!gzip.write(`${JSON.stringify(row)}\n`)) {
          await new Promise((resolve) => gzip.once('drain', resolve));
        }
      }
    }
    gzip.end();
    await done;
    return { wallMs: performance.now() - started, startRssMb, bytes, rows };
  } finally {
    await db.close();
  }
}

/**
 * Linux keeps ru_maxrss (process.resourceUsage().maxRSS) across fork and exec,
 * so a child spawned by the benchmark, which holds the seeded dataset, would
 * report the parent's RSS. VmHWM in /proc/self/status is the high-water mark
 * of this process's own memory; maxRSS is the fallback where /proc is absent.
 */
function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as ExportChildJob;
  const result = job.mode === 'raw' ? await runRaw(job) : await runOikeus(job);
  const peak = peakRssMb();
  process.stdout.write(
    `${JSON.stringify({ ...result, peakRssMb: peak } satisfies ExportChildResult)}\n`,
  );
}

await main();
