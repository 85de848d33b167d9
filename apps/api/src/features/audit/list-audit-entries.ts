import {
  AUDIT_PAGE_SIZE,
  auditActionSchema,
  type AuditEntryView,
  type AuditPage,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { loadStaffRefs } from '../staff/staff-names';

export interface AuditFilters {
  requestId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  /** Entries with seq below this (pages go from newest to oldest). */
  before?: number | undefined;
}

function parseDetails(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Reads the audit trail newest first, 100 a page, with staff names resolved. */
export async function listAuditEntries(
  ctx: AppContext,
  filters: AuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  // Staff know a request by its reference; the trail stores the id.
  const requestId =
    filters.requestId && filters.requestId.startsWith('OIK-')
      ? ((
          await ctx.db.prisma.rightsRequest.findUnique({
            where: { reference: filters.requestId },
            select: { id: true },
          })
        )?.id ?? null)
      : filters.requestId;
  if (requestId === null) return { items: [], nextBefore: null };
  const rows = await ctx.db.prisma.auditEntry.findMany({
    where: {
      ...(requestId ? { requestId } : {}),
      ...(filters.actorId ? { actorId: filters.actorId } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.before ? { seq: { lt: filters.before } } : {}),
    },
    orderBy: { seq: 'desc' },
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  const staff = await loadStaffRefs(
    ctx.db.prisma,
    page.filter((e) => e.actorType === 'staff').map((e) => e.actorId),
  );
  const requestIds = [...new Set(page.flatMap((e) => (e.requestId ? [e.requestId] : [])))];
  const references = new Map(
    (
      await ctx.db.prisma.rightsRequest.findMany({
        where: { id: { in: requestIds } },
        select: { id: true, reference: true },
      })
    ).map((r) => [r.id, r.reference]),
  );
  const items: AuditEntryView[] = page.map((e) => ({
    seq: e.seq,
    at: e.at.toISOString(),
    actorType: e.actorType === 'subject' || e.actorType === 'staff' ? e.actorType : 'system',
    actorId: e.actorId,
    actorName: e.actorType === 'staff' && e.actorId ? (staff.get(e.actorId)?.name ?? null) : null,
    // The column is a string; the API writes only vocabulary members. An audit
    // row is evidence and never hidden, so a non-member is a fault (500, logged).
    action: auditActionSchema.parse(e.action),
    requestId: e.requestId,
    requestReference: e.requestId ? (references.get(e.requestId) ?? null) : null,
    recordType: e.recordType,
    recordId: e.recordId,
    details: parseDetails(e.details),
    hash: e.hash,
  }));
  return { items, nextBefore: rows.length > pageSize ? (page.at(-1)?.seq ?? null) : null };
}
