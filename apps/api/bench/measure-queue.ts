// Queue listing (GET /api/console/requests): first page in deadline order,
// unfiltered and with the filters a handler uses, at 1, 10 and 50 clients.
import { checkPaths, runHttpLoad } from './http-load';
import { consoleHeaders, type BenchRun } from './bench-run';
import { runClosedLoop } from './raw-load';
import { OPEN_STATUSES, rawQueuePage, type QueueFilter } from './raw-queries';
import { formatLoad, formatRatio, verdict, type ResultRow } from './result-table';

interface QueueVariant {
  name: string;
  query: string;
  filter: QueueFilter;
}

const TARGET_P95_MS = 50;

function variants(run: BenchRun): QueueVariant[] {
  // A surname many accounts share, so the text search has real work to do.
  const surname = run.people[0]?.lastName ?? 'Virtanen';
  return [
    { name: 'queue: open, deadline order', query: '', filter: { statuses: OPEN_STATUSES } },
    {
      name: 'queue: mine, in progress, access+erasure',
      query: '?assignee=me&status=in_progress&type=access,erasure',
      filter: {
        statuses: ['in_progress'],
        types: ['access', 'erasure'],
        assigneeId: run.staff.handlerId,
      },
    },
    {
      name: 'queue: all statuses',
      query: '?status=received,identity_pending,in_progress,completed,refused,withdrawn',
      filter: {
        statuses: [
          'received',
          'identity_pending',
          'in_progress',
          'completed',
          'refused',
          'withdrawn',
        ],
      },
    },
    {
      name: `queue: text search "${surname}"`,
      query: `?q=${encodeURIComponent(surname)}`,
      filter: { statuses: OPEN_STATUSES, q: surname },
    },
  ];
}

export async function measureQueue(run: BenchRun): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const headers = consoleHeaders(run);
  for (const variant of variants(run)) {
    const path = `/api/console/requests${variant.query}`;
    await checkPaths(run.url, [path], headers, (body) =>
      Array.isArray((body as { items?: unknown }).items),
    );
    await rawQueuePage(run.raw, variant.filter);
    for (const connections of run.options.connections) {
      run.log(`${variant.name}, ${connections} client(s)`);
      const ours = await runHttpLoad({
        url: run.url,
        paths: [path],
        connections,
        durationSeconds: run.options.duration,
        headers,
      });
      await run.settle();
      const raw = await runClosedLoop({
        connections,
        durationSeconds: run.options.duration,
        task: () => rawQueuePage(run.raw, variant.filter),
      });
      const hasTarget = run.label === 'SQLite' && connections === 50;
      rows.push({
        db: run.label,
        scenario: variant.name,
        load: `HTTP, ${connections} client${connections > 1 ? 's' : ''}`,
        ours: formatLoad(ours),
        baseline: formatLoad(raw),
        ratio: formatRatio(ours.p95, raw.p95, 'p95'),
        target: hasTarget ? `p95 < ${TARGET_P95_MS} ms` : '',
        verdict: hasTarget ? verdict(ours.p95 < TARGET_P95_MS && ours.failures === 0) : '',
      });
    }
  }
  return rows;
}
