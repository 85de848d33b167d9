import {
  isLocale,
  staffPasswordLinkPurposeSchema,
  type StaffUser as StaffUserView,
} from '@oikeus/contracts';

export const staffUserViewSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  isActive: true,
  totpEnabledAt: true,
  lockedUntil: true,
  mustSetPassword: true,
  createdAt: true,
  passwordTokens: {
    where: { usedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { purpose: true, expiresAt: true },
  },
} as const;

export function toStaffUserView(
  u: {
    id: string;
    email: string;
    name: string;
    role: StaffUserView['role'];
    locale: string;
    isActive: boolean;
    totpEnabledAt: Date | null;
    lockedUntil: Date | null;
    mustSetPassword: boolean;
    createdAt: Date;
    passwordTokens: Array<{ purpose: string; expiresAt: Date }>;
  },
  now: Date,
): StaffUserView {
  const [token] = u.passwordTokens;
  const purpose = staffPasswordLinkPurposeSchema.safeParse(token?.purpose);
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: isLocale(u.locale) ? u.locale : 'fi',
    isActive: u.isActive,
    isTotpEnabled: u.totpEnabledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    mustSetPassword: u.mustSetPassword,
    passwordLink:
      token && purpose.success && token.expiresAt > now
        ? { purpose: purpose.data, expiresAt: token.expiresAt.toISOString() }
        : null,
    createdAt: u.createdAt.toISOString(),
  };
}
