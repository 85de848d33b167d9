import type { AssessObjectionResult, ObjectionAssessmentOutcome } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { actionTexts, subjectLocale } from './action-texts';
import { assertHasRecords, loadConfirmedRecords } from './confirmed-records';
import { isLegitimateInterestsObjection } from './objection-kind';
import { complaintRouteText } from './preview-refusal';

/** The restriction ground of a record whose processing stopped on an Art. 21(1) objection. */
export const OBJECTION_RESTRICTION_GROUND = 'objection_21_1';

/**
 * GDPR Art. 21(1): the person objected, on grounds relating to their
 * particular situation, to processing based on legitimate interests (Art.
 * 6(1)(f)). The controller may go on only if it demonstrates compelling
 * legitimate grounds that override the person's interests, rights and
 * freedoms, or for legal claims. The handler records that assessment with
 * reasons, and the person gets them as a message in the portal:
 *
 * - `not_overriding`: processing of the confirmed records stops. Each record
 *   gets an `objection_21_1` restriction marker, so it is only stored from
 *   then on (the same marker the marketing list, the sync door and retention
 *   already honour as Art. 18(2) "storage only"); nothing is erased, because
 *   Art. 21(1) stops processing and an erasure is the person's own choice
 *   (Art. 17(1)(c)).
 * - `overriding`: processing goes on; the answer gives the grounds, the
 *   complaint route (Art. 77) and the judicial remedy (Art. 79), as any answer
 *   that does not grant everything must (Art. 12(4)).
 *
 * One assessment per request; the request is then completed as usual.
 */
export async function assessObjection(
  ctx: AppContext,
  input: {
    requestId: string;
    version: number;
    staffId: string;
    outcome: ObjectionAssessmentOutcome;
    reasons: string;
  },
): Promise<AssessObjectionResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    if (!isLegitimateInterestsObjection(request)) {
      throw new AppError('ILLEGAL_TRANSITION', 'objection.notLegitimateInterests');
    }
    if (request.status !== 'in_progress') {
      throw new AppError('ILLEGAL_TRANSITION', 'objection.notInProgress');
    }
    const assessed = await tx.requestEvent.count({
      where: { requestId: request.id, type: 'objection_assessed' },
    });
    if (assessed > 0) throw new AppError('ILLEGAL_TRANSITION', 'objection.alreadyAssessed');

    const records = await loadConfirmedRecords(tx, request.id);
    const now = ctx.clock.now();
    const restrictionIds: string[] = [];
    let recordCount = 0;
    if (input.outcome === 'not_overriding') {
      assertHasRecords(records);
      const targets = [
        ...records.customers.map((c) => ({ recordType: 'customer' as const, recordId: c.id })),
        ...records.contacts.map((c) => ({
          recordType: 'marketing_contact' as const,
          recordId: c.id,
        })),
      ];
      recordCount = targets.length;
      for (const target of targets) {
        const created = await tx.restriction.create({
          data: {
            ...target,
            ground: OBJECTION_RESTRICTION_GROUND,
            reason: input.reasons,
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
            after: { restrictionId: created.id, ground: OBJECTION_RESTRICTION_GROUND },
          },
        });
      }
    }

    const locale = subjectLocale(request.locale);
    const body =
      input.outcome === 'not_overriding'
        ? actionTexts.objectionUpheld[locale](recordCount, input.reasons)
        : actionTexts.objectionOverridden[locale](input.reasons, complaintRouteText(locale));
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: { type: 'objection_assessed', data: { outcome: input.outcome, records: recordCount } },
      audit: {
        action: 'objection.assessed',
        details: { outcome: input.outcome, reasons: input.reasons, restrictionIds },
      },
      subjectMessage: {
        body,
        mailDedupeKey: `objection_assessed:${request.id}`,
      },
    });
    return { requestId: request.id, version, restrictionIds };
  });
}
