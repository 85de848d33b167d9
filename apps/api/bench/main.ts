// `pnpm bench`: seeds a large dataset on SQLite (and PostgreSQL when
// DATABASE_URL points to one), measures the console, search, export,
// reminders and the portal's download size, and prints one table with each
// figure beside a raw-driver baseline. Misses are reported, never fatal.
// See BENCHMARKS.md at the repository root.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/paths';
import {
  benchDir,
  createPostgresBenchDatabase,
  createSqliteBenchDatabase,
  displayUrl,
} from './bench-database';
import { parseBenchOptions } from './bench-options';
import { kb, renderTable, verdict, type ResultRow } from './result-table';
import { runDatabaseBench } from './run-database-bench';
import { buildWeb, measureWebAssets } from './web-assets';

const PORTAL_TARGET_KB = 150;
const startedAt = performance.now();

function log(message: string): void {
  const elapsed = ((performance.now() - startedAt) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsed} s] ${message}\n`);
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
}

function webRows(isWebBuild: boolean): ResultRow[] {
  const distDir = isWebBuild
    ? path.join(benchDir, 'web-dist')
    : path.join(repoRoot, 'apps/web/dist');
  if (isWebBuild) {
    log(`building the web app into ${path.relative(repoRoot, distDir)}`);
    buildWeb(distDir);
  }
  const report = measureWebAssets(distDir);
  const portalKb = report.portal.jsGzipBytes / 1024;
  const noBaseline = 'n/a (no database)';
  return [
    {
      db: '–',
      scenario: `portal first load (${report.portal.files.length} files)`,
      load: 'gzip JS + CSS',
      ours: `JS ${kb(report.portal.jsGzipBytes)} (${kb(report.portal.jsRawBytes)} raw) · CSS ${kb(report.portal.cssGzipBytes)}`,
      baseline: noBaseline,
      ratio: '–',
      target: `JS < ${PORTAL_TARGET_KB} kB`,
      verdict: verdict(portalKb < PORTAL_TARGET_KB),
    },
    {
      db: '–',
      scenario: `console chunk, on top (${report.console.files.length} files)`,
      load: 'gzip JS + CSS',
      ours: `JS ${kb(report.console.jsGzipBytes)} (${kb(report.console.jsRawBytes)} raw) · CSS ${kb(report.console.cssGzipBytes)}`,
      baseline: noBaseline,
      ratio: '–',
      target: '',
      verdict: '',
    },
  ];
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv);
  const environment = [
    `Node ${process.version} on ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    `load average at start: ${loadAverage()}`,
    `options: ${options.customers.toLocaleString('en')} customers, ${options.requests.toLocaleString('en')} requests, ${options.exportLines.toLocaleString('en')} export lines, ${options.duration} s per load scenario, now = ${options.now.toISOString()}`,
  ];
  log(environment.join('\n        '));

  const rows: ResultRow[] = [];
  const datasets: string[] = [];
  const databases: Array<() => ReturnType<typeof createSqliteBenchDatabase>> = [
    () => createSqliteBenchDatabase(options.keep),
  ];
  if (options.postgresUrl) {
    const url = options.postgresUrl;
    databases.push(() => createPostgresBenchDatabase(url, options.keep));
  } else {
    log('PostgreSQL skipped: DATABASE_URL does not point to PostgreSQL');
  }
  for (const create of databases) {
    const database = await create();
    log(`database ${displayUrl(database.url)}`);
    const result = await runDatabaseBench(database, options, log);
    rows.push(...result.rows);
    datasets.push(...result.dataset.map((d) => `${result.label}: ${d}`));
  }
  if (!options.isSeedOnly) rows.push(...webRows(options.isWebBuild));

  environment.push(`load average at end: ${loadAverage()}`);
  environment.push(`total time: ${((performance.now() - startedAt) / 1000 / 60).toFixed(1)} min`);
  const report = [
    ...environment.map((line) => `- ${line}`),
    ...datasets.map((line) => `- ${line}`),
    '',
    renderTable(rows),
    '',
  ].join('\n');
  mkdirSync(benchDir, { recursive: true });
  const file = path.join(benchDir, 'last-run.md');
  // A seed-only run measured nothing; keep the last real table.
  if (!options.isSeedOnly) writeFileSync(file, report);
  process.stdout.write(`\n${report}\n`);
  const misses = rows.filter((r) => r.verdict === 'miss').length;
  const outcome = options.isSeedOnly
    ? 'seeded only'
    : misses === 0
      ? 'every target met'
      : `${misses} target(s) missed (reported, not an error)`;
  log(options.isSeedOnly ? outcome : `${outcome}; table saved to ${path.relative(repoRoot, file)}`);
}

await main();
