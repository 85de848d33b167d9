import { isLocale, type SubjectAccount } from '@oikeus/contracts';

interface AccountRow {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  locale: string;
  emailVerifiedAt: Date | null;
}

/** The account as the contract shows it to its owner. */
export function toSubjectAccount(account: AccountRow): SubjectAccount {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    phone: account.phone,
    locale: isLocale(account.locale) ? account.locale : 'fi',
    emailVerifiedAt: account.emailVerifiedAt?.toISOString() ?? null,
  };
}
