// Register search for one person by email, by phone and by name: over HTTP
// (GET /api/console/register-search), the use case called directly, and the
// raw SQL, one client at a time (a handler searching).
import { searchRegisters } from '../src/features/console/search-registers';
import { checkPaths, runHttpLoad } from './http-load';
import { consoleHeaders, type BenchRun } from './bench-run';
import { runClosedLoop } from './raw-load';
import { rawRegisterSearch, type SearchQuery } from './raw-queries';
import { formatLoad, formatRatio, verdict, type ResultRow } from './result-table';

const TARGET_P95_MS = 20;

export async function measureSearch(run: BenchRun): Promise<ResultRow[]> {
  const person = run.people.find((p) => p.email && p.phone);
  if (!person?.email || !person.phone) throw new Error('no seeded customer with email and phone');
  const searches: Array<[string, SearchQuery]> = [
    ['email', { email: person.email }],
    ['phone', { phone: person.phone }],
    ['name', { name: `${person.firstName} ${person.lastName}` }],
  ];
  const headers = consoleHeaders(run);
  const rows: ResultRow[] = [];
  for (const [kind, query] of searches) {
    const path = `/api/console/register-search?${new URLSearchParams(query as Record<string, string>)}`;
    await checkPaths(run.url, [path], headers, (body) => {
      const items = (body as { items?: Array<{ id: string }> }).items ?? [];
      // A common name may have more namesakes than one page of hits; email and phone must find the person.
      return kind === 'name' ? items.length > 0 : items.some((hit) => hit.id === person.customerId);
    });
    await rawRegisterSearch(run.raw, query);
    run.log(`register search by ${kind}`);
    const ours = await runHttpLoad({
      url: run.url,
      paths: [path],
      connections: 1,
      durationSeconds: run.options.duration,
      headers,
    });
    await run.settle();
    const direct = await runClosedLoop({
      connections: 1,
      durationSeconds: run.options.duration,
      task: () => searchRegisters(run.ctx, query),
    });
    const raw = await runClosedLoop({
      connections: 1,
      durationSeconds: run.options.duration,
      task: () => rawRegisterSearch(run.raw, query),
    });
    const target = `p95 < ${TARGET_P95_MS} ms`;
    rows.push(
      {
        db: run.label,
        scenario: `register search by ${kind}`,
        load: 'HTTP, 1 client',
        ours: formatLoad(ours),
        baseline: formatLoad(raw),
        ratio: formatRatio(ours.p95, raw.p95, 'p95'),
        target,
        verdict: verdict(ours.p95 < TARGET_P95_MS && ours.failures === 0),
      },
      {
        db: run.label,
        scenario: `register search by ${kind}`,
        load: 'use case, 1 caller',
        ours: formatLoad(direct),
        baseline: formatLoad(raw),
        ratio: formatRatio(direct.p95, raw.p95, 'p95'),
        target,
        verdict: verdict(direct.p95 < TARGET_P95_MS && direct.failures === 0),
      },
    );
  }
  return rows;
}
