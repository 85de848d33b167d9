import { isLocale, type StaffUser as StaffUserView } from '@oikeus/contracts';

export const staffUserViewSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  isActive: true,
  totpEnabledAt: true,
  lockedUntil: true,
  createdAt: true,
} as const;

export function toStaffUserView(u: {
  id: string;
  email: string;
  name: string;
  role: StaffUserView['role'];
  locale: string;
  isActive: boolean;
  totpEnabledAt: Date | null;
  lockedUntil: Date | null;
  createdAt: Date;
}): StaffUserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: isLocale(u.locale) ? u.locale : 'fi',
    isActive: u.isActive,
    isTotpEnabled: u.totpEnabledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
