import type { ConsoleExport, ExportKind } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError, fieldError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { buildExportPackage } from './build-export-package';
import { COMPILE_HEARTBEAT_MS, thisCompileOwner } from './compile-owner';
import { createExportChunkSink } from './export-chunk-sink';
import { daysFrom, loadExportDownloadDays } from '../../config/export-settings';
import { loadExportScope } from './load-export-scope';
import { consoleExportSelect, toConsoleExport } from './to-console-export';

export interface CompileExportInput {
  requestId: string;
  /** Defaults to the request's type; must match it. */
  kind?: ExportKind;
  staffId: string;
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
    throw fieldError('request', 'export.wrongRequestType');
  }
  const kind = input.kind ?? type;
  if (kind !== type) throw fieldError('kind', 'export.kindMismatch');
  // Identity is settled and the work started (received → in_progress) before anyone's data is compiled.
  if (request.status !== 'in_progress') {
    throw new AppError('ILLEGAL_TRANSITION', 'export.notInProgress');
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
      compiledBy: thisCompileOwner(),
      heartbeatAt: now,
      // An unreleased package is personal data too: purged after the same period (Art. 5(1)(e)).
      expiresAt: daysFrom(now, days),
    },
    select: { id: true },
  });

  // A killed process stops beating: failInterruptedCompiles then cleans up.
  const heartbeat = setInterval(() => {
    prisma.export
      .updateMany({
        where: { id: created.id, status: 'compiling' },
        data: { heartbeatAt: ctx.clock.now() },
      })
      .catch((err: unknown) => ctx.logger.warn({ err }, 'export heartbeat failed'));
  }, COMPILE_HEARTBEAT_MS);
  heartbeat.unref();
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
      // Guarded: a package revoked (withdrawal, erasure) or given up while it
      // compiled must not come back as ready.
      const finished = await tx.export.updateMany({
        where: { id: created.id, status: 'compiling' },
        data: { status: 'ready', size, sha256, manifest: JSON.stringify(manifest) },
      });
      if (finished.count === 0) throw new AppError('CONFLICT');
      const ready = await tx.export.findUniqueOrThrow({
        where: { id: created.id },
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
  } finally {
    clearInterval(heartbeat);
  }
}

async function discardFailedExport(
  ctx: AppContext,
  exportId: string,
  requestId: string,
  staffId: string,
): Promise<void> {
  await inTransaction(ctx.db, async (tx) => {
    await tx.exportChunk.deleteMany({ where: { exportId } });
    // A package revoked meanwhile keeps its status; its chunks are gone either way.
    const failed = await tx.export.updateMany({
      where: { id: exportId, status: 'compiling' },
      data: { status: 'failed', deletedAt: ctx.clock.now() },
    });
    if (failed.count === 0) return;
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
