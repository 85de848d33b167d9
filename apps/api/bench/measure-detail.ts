// Request detail (GET /api/console/requests/:id): everything about one request
// plus the candidate search in both registers, cycling through many requests.
import { checkPaths, runHttpLoad } from './http-load';
import { consoleHeaders, type BenchRun } from './bench-run';
import { runClosedLoop } from './raw-load';
import { rawRequestDetail } from './raw-queries';
import { formatLoad, formatRatio, type ResultRow } from './result-table';

export async function measureDetail(run: BenchRun): Promise<ResultRow[]> {
  const headers = consoleHeaders(run);
  const ids = run.sampleRequestIds;
  const paths = ids.map((id) => `/api/console/requests/${id}`);
  // A few answer as they should; a failure under load is counted in the row.
  await checkPaths(
    run.url,
    paths.slice(0, 5),
    headers,
    (body) => typeof (body as { id?: unknown }).id === 'string',
  );
  for (const id of ids.slice(0, 5)) await rawRequestDetail(run.raw, id);
  const rows: ResultRow[] = [];
  for (const connections of run.options.connections) {
    run.log(`request detail, ${connections} client(s)`);
    const ours = await runHttpLoad({
      url: run.url,
      paths,
      connections,
      durationSeconds: run.options.duration,
      headers,
    });
    await run.settle();
    const raw = await runClosedLoop({
      connections,
      durationSeconds: run.options.duration,
      task: (i) => rawRequestDetail(run.raw, ids[i % ids.length] as string),
    });
    rows.push({
      db: run.label,
      scenario: `request detail (${ids.length} requests)`,
      load: `HTTP, ${connections} client${connections > 1 ? 's' : ''}`,
      ours: formatLoad(ours),
      baseline: formatLoad(raw),
      ratio: formatRatio(ours.p95, raw.p95, 'p95'),
      target: '',
      verdict: '',
    });
  }
  return rows;
}
