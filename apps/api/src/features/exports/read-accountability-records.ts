import type { ExportRecordRow } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { auditPurpose } from './audit-purposes';
import { isoInstant } from './export-values';
import type { ExportScope } from './load-export-scope';
import { inBatches, pageByCursor, type RecordPages } from './page-by-cursor';

/**
 * The controller's own records about the subject that are not register data:
 * internal notes, the Art. 19 recipient notices, the log of who used their
 * data and whether they are on the do-not-market list. All of it is
 * information "relating to" the person (Art. 4(1), CJEU C-434/16 Nowak) and
 * belongs in the access copy (Art. 15(1), 15(3)).
 */
export async function* readInternalNotes(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'internalNotes'> {
  for await (const page of pageByCursor((args) =>
    prisma.requestMessage.findMany({
      where: { request: { accountId: scope.request.accountId }, isInternalNote: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        requestId: true,
        body: true,
        withholdingGround: true,
        createdAt: true,
      },
      ...args,
    }),
  )) {
    const rows: ExportRecordRow<'internalNotes'>[] = [];
    for (const n of page) {
      // A note is left out only on a recorded ground (Art. 15(4), Act 1050/2018 § 34); the
      // person still learns that a note exists and why they do not get it (Art. 12(4)).
      const isWithheld = n.withholdingGround !== null;
      rows.push({
        id: n.id,
        requestId: n.requestId,
        body: isWithheld ? '' : await scope.masker.maskText(n.body),
        withholdingGround: n.withholdingGround,
        createdAt: isoInstant(n.createdAt),
      });
    }
    yield rows;
  }
}

export async function* readRecipientNotices(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'recipientNotices'> {
  for await (const page of pageByCursor((args) =>
    prisma.recipientNotice.findMany({
      where: { request: { accountId: scope.request.accountId } },
      orderBy: [{ notifiedAt: 'asc' }, { id: 'asc' }],
      // No staffId: staff are shown by role only (Art. 15(4)).
      select: { id: true, requestId: true, recipientName: true, method: true, notifiedAt: true },
      ...args,
    }),
  )) {
    yield page.map((n) => ({
      id: n.id,
      requestId: n.requestId,
      recipientName: n.recipientName,
      method: n.method,
      notifiedAt: isoInstant(n.notifiedAt),
    }));
  }
}

/**
 * Audit entries about the person: those of their requests, of their confirmed
 * records and of their own portal account. CJEU C-579/21 (Pankki S): the dates
 * and purposes of consultations are theirs to know; the names of the employees
 * are not needed, so staff appear as a role and `details` (which can hold
 * staff ids and other people's values) is left out.
 */
export async function* readAuditEntries(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'auditEntries'> {
  const requests = await prisma.rightsRequest.findMany({
    where: { accountId: scope.request.accountId },
    select: { id: true },
  });
  const requestIds = requests.map((r) => r.id);
  const recordIds = [...scope.allCustomerIds, ...scope.allContactIds];
  const seen = new Set<number>();
  const matches: Array<{
    seq: number;
    at: Date;
    action: string;
    actorType: string;
    requestId: string | null;
    recordType: string | null;
    recordId: string | null;
  }> = [];
  const select = {
    seq: true,
    at: true,
    action: true,
    actorType: true,
    requestId: true,
    recordType: true,
    recordId: true,
  } as const;
  const collect = (rows: typeof matches) => {
    for (const row of rows) {
      if (seen.has(row.seq)) continue;
      seen.add(row.seq);
      matches.push(row);
    }
  };
  for (const batch of inBatches(requestIds)) {
    collect(await prisma.auditEntry.findMany({ where: { requestId: { in: batch } }, select }));
  }
  for (const batch of inBatches(recordIds)) {
    collect(await prisma.auditEntry.findMany({ where: { recordId: { in: batch } }, select }));
    // Reads that showed the record among others (a search, a marketing list).
    const refs = await prisma.auditRecordRef.findMany({
      where: { recordId: { in: batch } },
      select: { auditSeq: true },
    });
    const seqs = [...new Set(refs.map((r) => r.auditSeq))].filter((s) => !seen.has(s));
    for (const seqBatch of inBatches(seqs)) {
      collect(await prisma.auditEntry.findMany({ where: { seq: { in: seqBatch } }, select }));
    }
  }
  collect(
    await prisma.auditEntry.findMany({
      where: { actorType: 'subject', actorId: scope.request.accountId },
      select,
    }),
  );
  matches.sort((a, b) => a.seq - b.seq);
  const page = 1000;
  for (let i = 0; i < matches.length; i += page) {
    yield matches.slice(i, i + page).map((e) => ({
      at: isoInstant(e.at),
      action: e.action,
      purpose: auditPurpose(e.action, scope.locale),
      actorType: toActorType(e.actorType),
      requestId: e.requestId,
      recordType: e.recordType,
      recordId: e.recordId,
    }));
  }
}

export async function* readSuppressions(
  prisma: Db,
  scope: ExportScope,
): RecordPages<'suppressions'> {
  if (scope.suppressionKeys.length === 0) return;
  const byHash = new Map(scope.suppressionKeys.map((k) => [k.hash, k]));
  const rows = await prisma.marketingSuppression.findMany({
    where: { valueHash: { in: [...byHash.keys()] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      valueHash: true,
      kind: true,
      channel: true,
      reason: true,
      requestId: true,
      createdAt: true,
    },
  });
  if (rows.length === 0) return;
  yield rows.map((r) => ({
    kind: r.kind,
    value: byHash.get(r.valueHash)?.value ?? '',
    channel: r.channel,
    reason: r.reason,
    requestId: r.requestId,
    createdAt: isoInstant(r.createdAt),
  }));
}

function toActorType(value: string): 'subject' | 'staff' | 'system' {
  return value === 'subject' || value === 'staff' ? value : 'system';
}
