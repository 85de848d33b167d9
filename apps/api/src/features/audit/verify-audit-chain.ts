import type { Db } from '../../db/client';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash';

export type AuditProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'missing'; afterSeq: number; nextSeq: number };

export interface AuditVerification {
  isIntact: boolean;
  checked: number;
  problems: AuditProblem[];
}

/** Walks the whole chain in pages; reports altered, unlinked and removed entries. */
export async function verifyAuditChain(prisma: Db, pageSize = 5000): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let checked = 0;
  for (;;) {
    const page = await prisma.auditEntry.findMany({
      where: { seq: { gt: prevSeq } },
      orderBy: { seq: 'asc' },
      take: pageSize,
    });
    if (page.length === 0) break;
    for (const e of page) {
      if (e.seq !== prevSeq + 1)
        problems.push({ kind: 'missing', afterSeq: prevSeq, nextSeq: e.seq });
      if (e.prevHash !== prevHash) problems.push({ kind: 'broken_link', seq: e.seq });
      if (hashAuditEntry(e.prevHash, e) !== e.hash) problems.push({ kind: 'altered', seq: e.seq });
      prevHash = e.hash;
      prevSeq = e.seq;
      checked += 1;
    }
  }
  return { isIntact: problems.length === 0, checked, problems };
}
