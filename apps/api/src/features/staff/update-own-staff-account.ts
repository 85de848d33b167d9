import type { Locale, StaffAccount, StaffMailPreferences } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { staffAccountSelect, toStaffAccount } from './staff-account-view';
import { toStaffMailPreferenceColumns } from './staff-mail-preferences';

/**
 * The member changes their own name, mail language or mail preferences
 * (issue #19). Audited as the member's own act; the name itself stays out of
 * the trail (which fields changed is enough), the preferences go in whole.
 */
export async function updateOwnStaffAccount(
  ctx: AppContext,
  input: {
    staffId: string;
    name?: string | undefined;
    locale?: Locale | undefined;
    mailPreferences?: StaffMailPreferences | undefined;
  },
): Promise<StaffAccount> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (tx) => {
    const before = await tx.staffUser.findUnique({
      where: { id: input.staffId },
      select: staffAccountSelect,
    });
    if (!before) throw new AppError('UNAUTHENTICATED');
    const name = input.name?.trim();
    const after = await tx.staffUser.update({
      where: { id: input.staffId },
      data: {
        ...(name !== undefined ? { name } : {}),
        ...(input.locale ? { locale: input.locale } : {}),
        ...(input.mailPreferences ? toStaffMailPreferenceColumns(input.mailPreferences) : {}),
      },
      select: staffAccountSelect,
    });
    const changed = [
      ...(after.name !== before.name ? ['name'] : []),
      ...(after.locale !== before.locale ? ['locale'] : []),
    ];
    const common = {
      at: now,
      actorType: 'staff' as const,
      actorId: input.staffId,
      recordType: 'staff_user',
      recordId: input.staffId,
    };
    if (changed.length > 0) {
      await appendAuditEntry(tx, ctx.db, {
        ...common,
        action: 'staff.profile_updated',
        details: {
          changed,
          ...(changed.includes('locale')
            ? { before: { locale: before.locale }, after: { locale: after.locale } }
            : {}),
        },
      });
    }
    if (input.mailPreferences) {
      const wasBefore = toStaffAccount(ctx, before);
      await appendAuditEntry(tx, ctx.db, {
        ...common,
        action: 'staff.mail_preferences_updated',
        details: {
          before: wasBefore.mailPreferences,
          after: input.mailPreferences,
          wereDefaults: !wasBefore.hasChosenMailPreferences,
        },
      });
    }
    return toStaffAccount(ctx, after);
  });
}
