import {
  DEFAULT_INACTIVE_CUSTOMER_MONTHS,
  MAX_INACTIVE_CUSTOMER_MONTHS,
  MIN_INACTIVE_CUSTOMER_MONTHS,
} from '@oikeus/contracts';
import { z } from 'zod';
import type { AppContext } from '../context';

/** Setting row an admin edits, e.g. {"inactiveCustomerMonths": 24}. */
export const REVIEW_SETTINGS_KEY = 'review_settings';

const reviewSettingsSchema = z.object({
  inactiveCustomerMonths: z
    .int()
    .min(MIN_INACTIVE_CUSTOMER_MONTHS)
    .max(MAX_INACTIVE_CUSTOMER_MONTHS),
});

/**
 * After how many months without an active service a customer with no recorded
 * end of relationship is flagged in the register review: the Setting row when
 * it is valid, else 24. Without an end date the notice's "five years after the
 * relationship ended" never starts (GDPR Art. 5(1)(e)); a broken setting falls
 * back and is logged.
 */
export async function loadInactiveCustomerMonths(
  ctx: Pick<AppContext, 'db' | 'logger'>,
): Promise<number> {
  const row = await ctx.db.prisma.setting.findUnique({
    where: { key: REVIEW_SETTINGS_KEY },
    select: { value: true },
  });
  if (!row) return DEFAULT_INACTIVE_CUSTOMER_MONTHS;
  try {
    const parsed = reviewSettingsSchema.safeParse(JSON.parse(row.value));
    if (parsed.success) return parsed.data.inactiveCustomerMonths;
  } catch {
    // Not JSON: handled below like any other invalid value.
  }
  ctx.logger.warn(
    { setting: REVIEW_SETTINGS_KEY },
    'review settings are invalid; using the default',
  );
  return DEFAULT_INACTIVE_CUSTOMER_MONTHS;
}
