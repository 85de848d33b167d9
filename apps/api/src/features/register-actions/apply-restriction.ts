import type { ApplyRestrictionResult, Art18Ground } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { actionTexts, subjectLocale } from './action-texts';
import { assertHasRecords, loadConfirmedRecords } from './confirmed-records';

/**
 * GDPR Art. 18(1): marks each confirmed record restricted on the given ground.
 * From then on the data is only stored (Art. 18(2)): the marketing audience
 * and every other use skip restricted records. Idempotent per record and ground.
 */
export async function applyRestriction(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    ground: Art18Ground;
    reason: string;
  },
): Promise<ApplyRestrictionResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const records = await loadConfirmedRecords(tx, request.id);
    assertHasRecords(records);
    const now = ctx.clock.now();
    const targets = [
      ...records.customers.map((c) => ({ recordType: 'customer' as const, recordId: c.id })),
      ...records.contacts.map((c) => ({
        recordType: 'marketing_contact' as const,
        recordId: c.id,
      })),
    ];
    const restrictionIds: string[] = [];
    for (const target of targets) {
      const existing = await tx.restriction.findFirst({
        where: { ...target, ground: input.ground, liftedAt: null },
        select: { id: true },
      });
      if (existing) continue;
      const created = await tx.restriction.create({
        data: {
          ...target,
          ground: input.ground,
          reason: input.reason,
          requestId: request.id,
          setById: input.staffId,
          setAt: now,
        },
        select: { id: true },
      });
      restrictionIds.push(created.id);
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'register.restricted',
        requestId: request.id,
        recordType: target.recordType,
        recordId: target.recordId,
        details: {
          before: { isRestricted: false },
          after: { restrictionId: created.id, ground: input.ground },
        },
      });
    }
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'restriction_applied',
        data: { ground: input.ground, records: targets.length },
      },
      ...(restrictionIds.length > 0
        ? {
            subjectMessage: {
              body: actionTexts.restrictionDone[subjectLocale(request.locale)](targets.length),
              mailDedupeKey: `restriction:${request.id}:${request.version + 1}`,
            },
          }
        : {}),
    });
    return { requestId: request.id, version, restrictionIds };
  });
}
