// Export compilation for the subject with the long billing history, in a
// child process each (see export-child.ts), beside the raw-read baseline.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRun } from './bench-run';
import type { ExportChildJob, ExportChildResult } from './export-child';
import { formatRatio, seconds, verdict, type ResultRow } from './result-table';

const TARGET_MS = 5000;
const TARGET_RSS_MB = 300;
const benchDir = path.dirname(fileURLToPath(import.meta.url));

function runChild(job: ExportChildJob): Promise<ExportChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'export-child.ts'), JSON.stringify(job)],
      { cwd: path.resolve(benchDir, '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) {
        reject(new Error(`export child (${job.mode}) exited with ${code}: ${err.slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(last) as ExportChildResult);
    });
  });
}

export async function measureExport(run: BenchRun): Promise<ResultRow[]> {
  const job: Omit<ExportChildJob, 'mode'> = {
    databaseUrl: run.ctx.db.url,
    now: run.ctx.clock.now().toISOString(),
    requestId: run.exportSubject.requestId,
    staffId: run.staff.handlerId,
    customerId: run.exportSubject.customerId,
  };
  run.log(`export baseline (raw reads of ${run.exportSubject.invoiceLines} invoice lines)`);
  const raw = await runChild({ ...job, mode: 'raw' });
  run.log('export compilation (compileExport)');
  const ours = await runChild({ ...job, mode: 'oikeus' });
  const scenario = `export, subject with ${run.exportSubject.invoiceLines.toLocaleString('en')} invoice lines`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  return [
    {
      db: run.label,
      scenario,
      load: 'child process, wall time',
      ours: `${seconds(ours.wallMs)} (${ours.rows.toLocaleString('en')} rows, zip ${(ours.bytes / 1024 / 1024).toFixed(1)} MB)`,
      baseline: `${seconds(raw.wallMs)} (${raw.rows.toLocaleString('en')} rows read once, gzip ${(raw.bytes / 1024 / 1024).toFixed(1)} MB)`,
      ratio: formatRatio(ours.wallMs, raw.wallMs),
      target: `< ${TARGET_MS / 1000} s`,
      verdict: verdict(ours.wallMs < TARGET_MS),
    },
    {
      db: run.label,
      scenario,
      load: 'child process, peak RSS',
      ours: `${mb(ours.peakRssMb)} (${mb(ours.startRssMb)} before compiling)`,
      baseline: `${mb(raw.peakRssMb)} (${mb(raw.startRssMb)} before reading)`,
      ratio: formatRatio(ours.peakRssMb, raw.peakRssMb),
      target: `< ${TARGET_RSS_MB} MB`,
      verdict: verdict(ours.peakRssMb < TARGET_RSS_MB),
    },
  ];
}
