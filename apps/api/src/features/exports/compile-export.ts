import type { ConsoleExport, ExportKind, Locale } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { buildExportPackage } from './build-export-package';
import { createExportChunkSink } from './export-chunk-sink';
import { exportMessages } from './export-messages';
import { daysFrom, loadExportDownloadDays } from '../../config/export-settings';
import { loadExportScope } from './load-export-scope';
import { consoleExportSelect, toConsoleExport } from './to-console-export';

export interface CompileExportInput {
  requestId: string;
  /** Defaults to the request's type; must match it. */
  kind?: ExportKind;
  staffId: string;
  /** The handler's language, for error messages. */
  locale: Locale;
}

/**
 * Compiles the access (GDPR Art. 15(3)) or portability (Art. 20) package for
 * a request from the records the handler confirmed, and stores it in chunks
 * (status compiling → ready). Nothing reaches the subject until the handler
 * has looked at the preview and released it. A failed compile leaves no
 * chunks behind and is marked failed.
 *
 * The reads are not one database snapshot (a transaction held for the whole
 * compile would block writers on SQLite): a record edited during the seconds
 * of compiling can differ between files, and the manifest counts each file's
 * own rows. The handler compiles again if the records were being changed.
 */
export async function compileExport(
  ctx: AppContext,
  input: CompileExportInput,
): Promise<ConsoleExport> {
  const prisma = ctx.db.prisma;
  const request = await prisma.rightsRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      reference: true,
      type: true,
      status: true,
      locale: true,
      receivedAt: true,
      targetsCustomerRegister: true,
      targetsMarketingRegister: true,
      account: { select: { id: true, email: true, name: true, phone: true } },
    },
  });
  if (!request) throw new AppError('NOT_FOUND');
  const type = request.type;
  if (type !== 'access' && type !== 'portability') {
    throw validation(exportMessages.wrongRequestType[input.locale]);
  }
  const kind = input.kind ?? type;
  if (kind !== type) throw validation(exportMessages.kindMismatch[input.locale], 'kind');
  // Identity is settled and the work started (received → in_progress) before anyone's data is compiled.
  if (request.status !== 'in_progress') {
    throw new AppError('ILLEGAL_TRANSITION', exportMessages.notInProgress[input.locale]);
  }

  const now = ctx.clock.now();
  const days = await loadExportDownloadDays(ctx);
  const created = await prisma.export.create({
    data: {
      requestId: request.id,
      kind,
      status: 'compiling',
      fileName: `${request.reference}-${kind}.zip`,
      createdAt: now,
      // An unreleased package is personal data too: purged after the same period (Art. 5(1)(e)).
      expiresAt: daysFrom(now, days),
    },
    select: { id: true },
  });

  try {
    const scope = await loadExportScope(ctx, {
      exportId: created.id,
      kind,
      request: { ...request, type },
    });
    const sink = createExportChunkSink(prisma, created.id);
    const manifest = await buildExportPackage(prisma, scope, sink);
    const { size, sha256 } = sink.result();
    const row = await inTransaction(ctx.db, async (tx) => {
      const ready = await tx.export.update({
        where: { id: created.id },
        data: { status: 'ready', size, sha256, manifest: JSON.stringify(manifest) },
        select: consoleExportSelect,
      });
      // Compiling decides nothing about the request, so the handler's copy stays valid.
      await changeRequest(tx, ctx, await loadRequestForWrite(tx, { requestId: request.id }), {
        actor: { type: 'staff', id: input.staffId },
        keepsVersion: true,
        event: { type: 'export_compiled', data: { exportId: created.id, kind } },
        audit: {
          action: 'export.compiled',
          details: { exportId: created.id, kind, size, sha256, counts: manifest.counts },
        },
      });
      return ready;
    });
    return toConsoleExport(row);
  } catch (error) {
    await discardFailedExport(ctx, created.id, request.id, input.staffId);
    throw error;
  }
}

function validation(message: string, path = 'request'): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

async function discardFailedExport(
  ctx: AppContext,
  exportId: string,
  requestId: string,
  staffId: string,
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    await tx.exportChunk.deleteMany({ where: { exportId } });
    await tx.export.update({
      where: { id: exportId },
      data: { status: 'failed', deletedAt: ctx.clock.now() },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: staffId,
      action: 'export.compile_failed',
      requestId,
      details: { exportId },
    });
  });
}
