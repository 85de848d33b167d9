/** What one load scenario produced: throughput and the latency distribution. */
export interface LoadResult {
  /** Successful responses (HTTP 2xx, or queries that returned). */
  count: number;
  /** Anything else: non-2xx answers, connection errors, timeouts, thrown queries. */
  failures: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentile of an ascending list (ms). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(
  latenciesMs: ArrayLike<number>,
  failures: number,
  elapsedMs: number,
): LoadResult {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    count: sorted.length,
    failures,
    rps: elapsedMs > 0 ? (sorted.length * 1000) / elapsedMs : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}
