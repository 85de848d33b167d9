import type { ExportPreview } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { readExportEntryText } from './read-export-chunks';
import { consoleExportSelect, parseManifest, toConsoleExport } from './to-console-export';

/**
 * What the subject will receive, read back from the stored package itself
 * (not compiled again), so the handler checks exactly the bytes that will be
 * released — including that no one else's data slipped in (Art. 15(4)).
 * Reading it is a look at personal data and is audited.
 */
export async function previewExport(
  ctx: AppContext,
  input: { requestId: string; exportId: string; staffId: string },
): Promise<ExportPreview> {
  const row = await ctx.db.prisma.export.findFirst({
    where: {
      id: input.exportId,
      requestId: input.requestId,
      status: { in: ['ready', 'released'] },
      deletedAt: null,
    },
    select: consoleExportSelect,
  });
  const manifest = parseManifest(row?.manifest ?? null);
  if (!row || !manifest) throw new AppError('NOT_FOUND');
  const reportHtml = await readExportEntryText(ctx.db.prisma, row.id, row.size, 'report.html');
  if (reportHtml === null) throw new AppError('NOT_FOUND');
  await inTransaction(ctx.db, (tx) =>
    appendAuditEntry(tx, ctx.db, {
      at: ctx.clock.now(),
      actorType: 'staff',
      actorId: input.staffId,
      action: 'export.previewed',
      requestId: input.requestId,
      details: { exportId: row.id },
    }),
  );
  return { export: toConsoleExport(row), manifest, reportHtml };
}
