import type { Database } from '../../db/client';
import { isAuditCheckpointSigned, type AuditCheckpoint } from './audit-checkpoint';
import { checkAuditEntryHash, GENESIS_HASH } from './audit-hash';

export type AuditProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'missing'; afterSeq: number; nextSeq: number }
  /** Hashed under a key this installation does not know (forged, or a key missing from the configuration). */
  | { kind: 'unknown_key'; seq: number }
  /** A plain SHA-256 entry after a keyed one, or an older key after a newer: a forgery without the key. */
  | { kind: 'downgraded'; seq: number }
  /** A checkpoint whose signature does not verify with any known key. */
  | { kind: 'checkpoint_forged'; seq: number }
  /** The chain no longer reaches a checkpointed entry: entries were removed from the end. */
  | { kind: 'checkpoint_missing'; seq: number; lastSeq: number }
  /** The entry at a checkpoint has another hash now: the chain was rewritten from there back. */
  | { kind: 'checkpoint_mismatch'; seq: number };

export interface AuditVerification {
  isIntact: boolean;
  checked: number;
  /** Entries still under the legacy plain SHA-256 scheme (protected by the first keyed entry after them). */
  legacyEntries: number;
  checkpointsChecked: number;
  problems: AuditProblem[];
}

/**
 * Walks the whole chain in pages; reports altered, unlinked, removed, forged
 * and downgraded entries, and compares the chain with the given checkpoints.
 */
export async function verifyAuditChain(
  db: Database,
  options: { checkpoints?: readonly AuditCheckpoint[]; pageSize?: number } = {},
): Promise<AuditVerification> {
  const { checkpoints = [], pageSize = 5000 } = options;
  const problems: AuditProblem[] = [];
  const wanted = new Map<number, AuditCheckpoint[]>();
  for (const cp of checkpoints) {
    if (!isAuditCheckpointSigned(cp, db.auditKeys)) {
      problems.push({ kind: 'checkpoint_forged', seq: cp.seq });
      continue;
    }
    wanted.set(cp.seq, [...(wanted.get(cp.seq) ?? []), cp]);
  }
  const seen = new Set<number>();
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  let legacyEntries = 0;
  /** -1 while the chain is still legacy; then the index of the newest key used so far. */
  let keyFloor = -1;
  for (const cp of wanted.get(0) ?? []) {
    seen.add(0);
    if (cp.hash !== GENESIS_HASH) problems.push({ kind: 'checkpoint_mismatch', seq: 0 });
  }
  for (;;) {
    const page = await db.prisma.auditEntry.findMany({
      where: { seq: { gt: prevSeq } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    });
    if (page.length === 0) break;
    for (const e of page) {
      if (e.seq !== prevSeq + 1)
        problems.push({ kind: 'missing', afterSeq: prevSeq, nextSeq: e.seq });
      if (e.prevHash !== prevHash) problems.push({ kind: 'broken_link', seq: e.seq });
      const check = checkAuditEntryHash(e, db.auditKeys);
      if (!check.ok) {
        problems.push({ kind: check.reason, seq: e.seq });
      } else if (check.scheme === 'legacy') {
        legacyEntries += 1;
        if (keyFloor >= 0) problems.push({ kind: 'downgraded', seq: e.seq });
      } else {
        if (check.keyIndex < keyFloor) problems.push({ kind: 'downgraded', seq: e.seq });
        keyFloor = Math.max(keyFloor, check.keyIndex);
      }
      for (const cp of wanted.get(e.seq) ?? []) {
        seen.add(e.seq);
        if (cp.hash !== e.hash) problems.push({ kind: 'checkpoint_mismatch', seq: e.seq });
      }
      prevHash = e.hash;
      prevSeq = e.seq;
      checked += 1;
    }
  }
  for (const seq of wanted.keys()) {
    if (!seen.has(seq)) problems.push({ kind: 'checkpoint_missing', seq, lastSeq: prevSeq });
  }
  return {
    isIntact: problems.length === 0,
    checked,
    legacyEntries,
    checkpointsChecked: seen.size,
    problems,
  };
}
