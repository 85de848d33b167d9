import { exportKindSchema, type ConsoleExport } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { requestPathOf } from '../request-core/request-paths';
import { daysFrom, loadExportDownloadDays } from '../../config/export-settings';
import { findReleaseGaps } from './release-gaps';
import { consoleExportSelect, toConsoleExport } from './to-console-export';

export interface ReleaseExportInput {
  requestId: string;
  exportId: string;
  staffId: string;
  /** Days the subject can download it; the configured default (30) when left out. */
  expiresInDays?: number | undefined;
  /** Why the package goes out although the request has a release gap. */
  override?: { reason: string } | undefined;
}

/**
 * Hands a ready package to the subject: released with an expiry, a step the
 * subject sees on the request, an audit entry and the result_ready email with
 * a link to the request in My requests — all in one transaction. The email
 * carries no download link of its own; the download needs the subject's
 * session and a short-lived signed link (DESIGN.md "Downloads are signed,
 * expiring, and require the subject's session").
 *
 * A request without a recorded identity check or without confirmed register
 * records is released only with the handler's override and its reason, kept
 * in the audit entry: the copy must reach the right person (Art. 15(3), EDPB
 * 01/2022 §§65, 73–75) and say what was actually searched.
 */
export async function releaseExport(
  ctx: AppContext,
  input: ReleaseExportInput,
): Promise<ConsoleExport> {
  const days = input.expiresInDays ?? (await loadExportDownloadDays(ctx));
  return inTransaction(ctx.db, async (tx) => {
    const now = ctx.clock.now();
    const request = await loadRequestForWrite(tx, { requestId: input.requestId });
    if (request.status !== 'in_progress') {
      throw new AppError('ILLEGAL_TRANSITION', 'export.notInProgress');
    }
    const gaps = await findReleaseGaps(tx, request.id);
    if (gaps.length > 0 && !input.override) {
      throw new AppError('ILLEGAL_TRANSITION', 'export.releaseNeedsOverride', {
        isIdentityUnchecked: gaps.includes('identity_check'),
        hasNoRecords: gaps.includes('confirmed_records'),
      });
    }
    const expiresAt = daysFrom(now, days);
    // Guarded on status: a second release (another handler, a double click) changes nothing.
    const released = await tx.export.updateMany({
      where: { id: input.exportId, requestId: request.id, status: 'ready', deletedAt: null },
      data: { status: 'released', releasedAt: now, expiresAt },
    });
    if (released.count === 0) {
      const exists = await tx.export.findFirst({
        where: { id: input.exportId, requestId: request.id },
        select: { id: true },
      });
      if (!exists) throw new AppError('NOT_FOUND');
      throw new AppError('CONFLICT', 'export.notReady');
    }
    const row = await tx.export.findUniqueOrThrow({
      where: { id: input.exportId },
      select: consoleExportSelect,
    });
    await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'result_released',
        data: { kind: exportKindSchema.parse(row.kind), expiresAt: expiresAt.toISOString() },
      },
      audit: {
        action: 'export.released',
        details: {
          exportId: row.id,
          kind: row.kind,
          sha256: row.sha256,
          before: { status: 'ready' },
          after: { status: 'released', expiresAt: expiresAt.toISOString() },
          ...(gaps.length > 0 && input.override
            ? { override: { gaps, reason: input.override.reason } }
            : {}),
        },
      },
      mail: [
        {
          template: 'result_ready',
          to: request.account.email,
          locale: request.account.locale,
          data: {
            reference: request.reference,
            requestType: request.type,
            downloadPath: requestPathOf(request.id),
            expiresAt,
          },
          requestId: request.id,
          dedupeKey: `result_ready:${row.id}`,
        },
      ],
    });
    return toConsoleExport(row);
  });
}
