import type { ConsoleExport } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { failInterruptedCompiles } from './fail-interrupted-compiles';
import { consoleExportSelect, toConsoleExport } from './to-console-export';

/**
 * Every package compiled for a request, newest first, for the console. A
 * compile whose process has died shows as failed at once, its chunks gone.
 */
export async function listRequestExports(
  ctx: AppContext,
  requestId: string,
): Promise<ConsoleExport[]> {
  await failInterruptedCompiles(ctx, { requestId });
  const rows = await ctx.db.prisma.export.findMany({
    where: { requestId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: consoleExportSelect,
  });
  return rows.map(toConsoleExport);
}
