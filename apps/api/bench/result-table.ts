import type { LoadResult } from './latency-stats';

export type Verdict = 'pass' | 'miss' | '';

/** One line of the printed table: our figure beside the raw-driver baseline. */
export interface ResultRow {
  db: string;
  scenario: string;
  load: string;
  ours: string;
  baseline: string;
  /** Ours divided by the baseline (how much the application adds). */
  ratio: string;
  target: string;
  verdict: Verdict;
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value < 1) return value.toFixed(2);
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

export function formatLoad(r: LoadResult): string {
  const failed = r.failures > 0 ? ` · ${r.failures} failed` : '';
  if (r.count === 0) return `no answer completed in the run${failed}`;
  const rps = r.rps < 10 ? r.rps.toFixed(1) : r.rps.toFixed(0);
  return `${rps}/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} ms${failed}`;
}

export function formatRatio(ours: number, baseline: number, label = ''): string {
  if (!(baseline > 0) || !Number.isFinite(ours)) return '–';
  return `×${(ours / baseline).toFixed(1)}${label ? ` ${label}` : ''}`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

export function seconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(2)} s`;
}

export function verdict(isMet: boolean): Verdict {
  return isMet ? 'pass' : 'miss';
}

const headers = ['DB', 'Scenario', 'Load', 'Oikeus', 'Raw driver', 'Ratio', 'Target', 'Result'];

/** A Markdown table (readable in a terminal, pasteable into BENCHMARKS.md). */
export function renderTable(rows: ResultRow[]): string {
  const cells = rows.map((r) => [
    r.db,
    r.scenario,
    r.load,
    r.ours,
    r.baseline,
    r.ratio,
    r.target,
    r.verdict === 'pass' ? 'pass' : r.verdict === 'miss' ? '**miss**' : '',
  ]);
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(headers),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
  ].join('\n');
}
