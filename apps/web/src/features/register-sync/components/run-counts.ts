// An import's or sync's counts as a short line: what changed, in a fixed
// order, leaving out the zeros (a nightly sync mostly leaves records as they are).

export const runCountKeys = [
  'created',
  'updated',
  'unchanged',
  'deleted',
  'notFound',
  'refused',
  'restricted',
] as const;
export type RunCountKey = (typeof runCountKeys)[number];

export function runCountEntries(
  counts: Partial<Record<string, number>>,
): Array<{ key: RunCountKey; count: number }> {
  return runCountKeys
    .map((key) => ({ key, count: counts[key] ?? 0 }))
    .filter((entry) => entry.count > 0);
}
