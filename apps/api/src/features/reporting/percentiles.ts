/** Ascending copy, so callers can pass values in any order. */
function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The middle value; with an even count the mean of the two middle ones. Null when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = ascending(values);
  const n = sorted.length;
  if (n === 0) return null;
  const upper = sorted[Math.floor(n / 2)] ?? 0;
  if (n % 2 === 1) return upper;
  return ((sorted[n / 2 - 1] ?? 0) + upper) / 2;
}

/**
 * Nearest-rank percentile: the smallest value with at least p % of the values
 * at or below it, so it is always one of the values (90th of ten answers is
 * the ninth fastest). Null when empty.
 */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = ascending(values);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}
