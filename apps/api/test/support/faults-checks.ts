// The end state every fault scenario must reach: the audit chain verifies and
// nothing is present twice.
import { expect } from 'vitest';
import type { AppContext } from '../../src/context';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';

/** The whole chain verifies: no altered, unlinked or missing entries (the `dsr audit verify` check). */
export async function expectAuditChainIntact(ctx: AppContext): Promise<number> {
  const result = await verifyAuditChain(ctx.db);
  expect(result.problems).toEqual([]);
  expect(result.isIntact).toBe(true);
  return result.checked;
}

/** Each value occurs exactly once in `values`, and exactly the expected ones occur. */
export function expectEachOnce(values: readonly string[], expected: readonly string[]): void {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const doubled = [...counts].filter(([, n]) => n > 1).map(([v]) => v);
  expect(doubled).toEqual([]);
  expect([...counts.keys()].sort()).toEqual([...expected].sort());
}
