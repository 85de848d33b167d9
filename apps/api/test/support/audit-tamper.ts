// What an attacker with full database rights does to the audit trail: drop the
// append-only triggers (a schema change), then edit, delete or rewrite rows.
import type { Database } from '../../src/db/client';
import { legacyHashAuditEntry } from '../../src/features/audit/audit-hash';

export async function dropAuditTriggers(db: Database): Promise<void> {
  if (db.provider === 'sqlite') {
    await db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS "AuditEntry_no_update"');
    await db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS "AuditEntry_no_delete"');
  } else {
    await db.prisma.$executeRawUnsafe(
      'DROP TRIGGER IF EXISTS "AuditEntry_no_update_delete" ON "AuditEntry"',
    );
  }
}

/** Recomputes every hash from `fromSeq` on with the old, unkeyed SHA-256 — all one could do without the key. */
export async function rechainWithPlainSha256(db: Database, fromSeq: number): Promise<void> {
  const rows = await db.prisma.auditEntry.findMany({
    where: { seq: { gte: fromSeq - 1 } },
    orderBy: { seq: 'asc' },
  });
  let prevHash = rows[0]!.seq === fromSeq ? rows[0]!.prevHash : rows[0]!.hash;
  for (const row of rows.filter((r) => r.seq >= fromSeq)) {
    const hash = legacyHashAuditEntry(prevHash, row);
    await db.prisma.auditEntry.update({ where: { seq: row.seq }, data: { prevHash, hash } });
    prevHash = hash;
  }
}
