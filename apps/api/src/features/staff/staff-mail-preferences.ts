import {
  staffMailScopeSchema,
  type StaffMailPreferences,
  type StaffMailScope,
  type StaffRole,
} from '@oikeus/contracts';

/** The StaffUser columns that hold the member's choice (null until they choose). */
export const staffMailPreferenceSelect = {
  mailNewRequests: true,
  mailMessages: true,
  mailReminders: true,
  mailDigest: true,
} as const;

export interface StaffMailPreferenceColumns {
  mailNewRequests: string | null;
  mailMessages: string | null;
  mailReminders: string | null;
  mailDigest: boolean | null;
}

/**
 * What a member gets before choosing (issue #19). The contact person of the
 * privacy notice works the queue, so hears of everything; a handler hears of
 * their own requests, and of reminders also for requests nobody has taken (as
 * before preferences existed); admins and auditors hear of their own requests
 * only (an admin also gets escalations, which count as reminders).
 */
export function defaultStaffMailPreferences(member: {
  role: StaffRole | null;
  isContactPerson: boolean;
}): StaffMailPreferences {
  if (member.isContactPerson) {
    return { newRequests: 'all', messages: 'all', reminders: 'all', digest: true };
  }
  return {
    newRequests: 'own',
    messages: 'own',
    reminders: member.role === 'handler' ? 'all' : 'own',
    digest: false,
  };
}

function scopeOr(stored: string | null, fallback: StaffMailScope): StaffMailScope {
  const parsed = staffMailScopeSchema.safeParse(stored);
  return parsed.success ? parsed.data : fallback;
}

/** The member's preferences: their stored choice, with the defaults where none is stored. */
export function resolveStaffMailPreferences(
  columns: StaffMailPreferenceColumns,
  member: { role: StaffRole | null; isContactPerson: boolean },
): { preferences: StaffMailPreferences; hasChosen: boolean } {
  const defaults = defaultStaffMailPreferences(member);
  return {
    preferences: {
      newRequests: scopeOr(columns.mailNewRequests, defaults.newRequests),
      messages: scopeOr(columns.mailMessages, defaults.messages),
      reminders: scopeOr(columns.mailReminders, defaults.reminders),
      digest: columns.mailDigest ?? defaults.digest,
    },
    hasChosen:
      columns.mailNewRequests !== null &&
      columns.mailMessages !== null &&
      columns.mailReminders !== null &&
      columns.mailDigest !== null,
  };
}

/** The columns that store a choice. */
export function toStaffMailPreferenceColumns(
  preferences: StaffMailPreferences,
): StaffMailPreferenceColumns {
  return {
    mailNewRequests: preferences.newRequests,
    mailMessages: preferences.messages,
    mailReminders: preferences.reminders,
    mailDigest: preferences.digest,
  };
}

/** Whether `email` is the contact person's address (addresses compare without case). */
export function isContactPersonEmail(email: string, contactEmail: string): boolean {
  return email.trim().toLowerCase() === contactEmail.trim().toLowerCase();
}
