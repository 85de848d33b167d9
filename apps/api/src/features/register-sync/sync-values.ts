import type { SyncCounts, SyncRecordResult } from '@oikeus/contracts';

/** `2026-12-31` (a date the schemas produced) → that day's start in UTC, as stored by the seed and the console. */
export function dateOf(value: string): Date;
export function dateOf(value: string | null | undefined): Date | null;
export function dateOf(value: string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value);
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

/** True when every field of `data` already has that value on the stored row: re-sending changes nothing. */
export function hasSameValues(
  stored: Record<string, unknown>,
  data: Record<string, unknown>,
): boolean {
  return Object.entries(data).every(([key, value]) => same(stored[key], value));
}

export function emptyCounts(): SyncCounts {
  return {
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    notFound: 0,
    refused: 0,
    refusedSuppressed: 0,
    refusedErased: 0,
    restricted: 0,
  };
}

export function addCounts(into: SyncCounts, results: SyncRecordResult[]): SyncCounts {
  for (const r of results) {
    if (r.outcome === 'not_found') into.notFound += 1;
    else into[r.outcome] += 1;
    if (r.reason === 'suppressed') into.refusedSuppressed += 1;
    if (r.reason === 'erased') into.refusedErased += 1;
    if (r.isRestricted) into.restricted += 1;
  }
  return into;
}

export function sumCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  const out = emptyCounts();
  for (const key of Object.keys(out) as Array<keyof SyncCounts>) out[key] = a[key] + b[key];
  return out;
}
