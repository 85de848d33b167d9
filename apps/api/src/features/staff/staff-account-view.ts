import { isLocale, type StaffAccount } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { getMailIdentity } from '../mail/get-mail-identity';
import {
  isContactPersonEmail,
  resolveStaffMailPreferences,
  staffMailPreferenceSelect,
  type StaffMailPreferenceColumns,
} from './staff-mail-preferences';

export const staffAccountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  ...staffMailPreferenceSelect,
} as const;

/** The member's own account as the account page shows it, defaults filled in. */
export function toStaffAccount(
  ctx: Pick<AppContext, 'env' | 'registerDescription'>,
  row: StaffMailPreferenceColumns & {
    id: string;
    email: string;
    name: string;
    role: StaffAccount['role'];
    locale: string;
  },
): StaffAccount {
  const isContactPerson = isContactPersonEmail(row.email, getMailIdentity(ctx).contactEmail);
  const { preferences, hasChosen } = resolveStaffMailPreferences(row, {
    role: row.role,
    isContactPerson,
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: isLocale(row.locale) ? row.locale : 'fi',
    isContactPerson,
    mailPreferences: preferences,
    hasChosenMailPreferences: hasChosen,
  };
}
