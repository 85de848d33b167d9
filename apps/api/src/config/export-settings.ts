import { DEFAULT_EXPORT_DOWNLOAD_DAYS, MAX_EXPORT_DOWNLOAD_DAYS } from '@oikeus/contracts';
import { z } from 'zod';
import type { AppContext } from '../context';

/** Setting an admin edits to change how long packages stay downloadable, e.g. {"downloadDays": 14}. */
export const EXPORT_SETTINGS_KEY = 'export_settings';

const exportSettingsSchema = z.object({
  downloadDays: z.int().min(1).max(MAX_EXPORT_DOWNLOAD_DAYS),
});

/**
 * How many days a package can be downloaded after release (and how long an
 * unreleased one is kept): the Setting row when it is valid, else 30 days. A
 * package is personal data and is not kept longer than it is useful
 * (GDPR Art. 5(1)(e)); a broken setting falls back and is logged.
 */
export async function loadExportDownloadDays(
  ctx: Pick<AppContext, 'db' | 'logger'>,
): Promise<number> {
  const row = await ctx.db.prisma.setting.findUnique({
    where: { key: EXPORT_SETTINGS_KEY },
    select: { value: true },
  });
  if (!row) return DEFAULT_EXPORT_DOWNLOAD_DAYS;
  try {
    const parsed = exportSettingsSchema.safeParse(JSON.parse(row.value));
    if (parsed.success) return parsed.data.downloadDays;
  } catch {
    // Not JSON: handled below like any other invalid value.
  }
  ctx.logger.warn(
    { setting: EXPORT_SETTINGS_KEY },
    'export settings are invalid; using the default',
  );
  return DEFAULT_EXPORT_DOWNLOAD_DAYS;
}

export function daysFrom(start: Date, days: number): Date {
  return new Date(start.getTime() + days * 86_400_000);
}
