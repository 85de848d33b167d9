import type { ConsoleExport } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { consoleExportSelect, toConsoleExport } from './to-console-export';

/** Every package compiled for a request, newest first, for the console. */
export async function listRequestExports(
  ctx: AppContext,
  requestId: string,
): Promise<ConsoleExport[]> {
  const rows = await ctx.db.prisma.export.findMany({
    where: { requestId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: consoleExportSelect,
  });
  return rows.map(toConsoleExport);
}
