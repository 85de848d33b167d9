import {
  DEFAULT_IDENTITY_QUESTION_WORKING_DAYS,
  MAX_IDENTITY_QUESTION_WORKING_DAYS,
  MIN_IDENTITY_QUESTION_WORKING_DAYS,
} from '@oikeus/contracts';
import { z } from 'zod';
import type { AppContext } from '../context';

/** Setting row an admin edits, e.g. {"identityQuestionWorkingDays": 5}. */
export const IDENTITY_SETTINGS_KEY = 'identity_settings';

const identitySettingsSchema = z.object({
  identityQuestionWorkingDays: z
    .int()
    .min(MIN_IDENTITY_QUESTION_WORKING_DAYS)
    .max(MAX_IDENTITY_QUESTION_WORKING_DAYS),
});

/**
 * Within how many working days of receipt an identity question pauses the
 * deadline without doubt (Art. 12(6); EDPB 01/2022 §159): the Setting row when
 * it is valid, else 5. A broken setting falls back and is logged.
 */
export async function loadIdentityQuestionWorkingDays(
  ctx: Pick<AppContext, 'db' | 'logger'>,
): Promise<number> {
  const row = await ctx.db.prisma.setting.findUnique({
    where: { key: IDENTITY_SETTINGS_KEY },
    select: { value: true },
  });
  if (!row) return DEFAULT_IDENTITY_QUESTION_WORKING_DAYS;
  try {
    const parsed = identitySettingsSchema.safeParse(JSON.parse(row.value));
    if (parsed.success) return parsed.data.identityQuestionWorkingDays;
  } catch {
    // Not JSON: handled below like any other invalid value.
  }
  ctx.logger.warn(
    { setting: IDENTITY_SETTINGS_KEY },
    'identity settings are invalid; using the default',
  );
  return DEFAULT_IDENTITY_QUESTION_WORKING_DAYS;
}
