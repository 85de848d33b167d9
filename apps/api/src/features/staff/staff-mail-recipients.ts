// Who among the staff hears of what (issue #19): one place decides it for the
// new-request mail, the subject-message mail, the deadline reminders and the
// digest, from each member's mail preferences (staff-mail-preferences.ts).
import {
  isLocale,
  type Locale,
  type StaffMailPreferences,
  type StaffRole,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import { getMailIdentity } from '../mail/get-mail-identity';
import {
  isContactPersonEmail,
  resolveStaffMailPreferences,
  staffMailPreferenceSelect,
} from './staff-mail-preferences';

export interface StaffMailbox {
  /** The staff id, or `contact` for a contact person without a staff account. */
  key: string;
  staffId: string | null;
  email: string;
  name: string;
  role: StaffRole | null;
  locale: Locale;
  isContactPerson: boolean;
  preferences: StaffMailPreferences;
}

export interface StaffMailDirectory {
  /** Every active member, and the contact person when they have no active account. */
  mailboxes: StaffMailbox[];
  /** Active members by staff id. */
  byId: Map<string, StaffMailbox>;
  /** The privacy notice's contact person (MAIL_CONTACT_EMAIL overrides the address). */
  contact: StaffMailbox;
}

/** The request events a member chooses to hear of; the digest is a plain on/off. */
export type StaffMailKind = 'newRequests' | 'messages' | 'reminders';

/**
 * Active staff with their preferences, read once per use (a handful of rows).
 * Takes the transaction a caller is in, so the mail it queues reads the same
 * state it commits with.
 */
export async function loadStaffMailDirectory(
  db: Tx | Db,
  ctx: Pick<AppContext, 'env' | 'registerDescription'>,
): Promise<StaffMailDirectory> {
  const { contactEmail } = getMailIdentity(ctx);
  const rows = await db.staffUser.findMany({
    where: { isActive: true },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      ...staffMailPreferenceSelect,
    },
    orderBy: { email: 'asc' },
  });
  const mailboxes: StaffMailbox[] = rows.map((row) => {
    const isContactPerson = isContactPersonEmail(row.email, contactEmail);
    return {
      key: row.id,
      staffId: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      locale: isLocale(row.locale) ? row.locale : 'fi',
      isContactPerson,
      preferences: resolveStaffMailPreferences(row, { role: row.role, isContactPerson })
        .preferences,
    };
  });
  let contact = mailboxes.find((m) => m.isContactPerson);
  if (!contact) {
    // A contact person without a console account cannot choose: they get the
    // contact person's defaults, in Finnish.
    contact = {
      key: 'contact',
      staffId: null,
      email: contactEmail,
      name: ctx.registerDescription.contactPerson.name,
      role: null,
      locale: 'fi',
      isContactPerson: true,
      preferences: resolveStaffMailPreferences(
        { mailNewRequests: null, mailMessages: null, mailReminders: null, mailDigest: null },
        { role: null, isContactPerson: true },
      ).preferences,
    };
    mailboxes.push(contact);
  }
  return {
    mailboxes,
    byId: new Map(mailboxes.filter((m) => m.staffId).map((m) => [m.staffId!, m])),
    contact,
  };
}

/** The active assignee who can act on the request (an auditor only reads), if any. */
function actingAssignee(
  directory: StaffMailDirectory,
  assigneeId: string | null,
): StaffMailbox | undefined {
  const assignee = assigneeId ? directory.byId.get(assigneeId) : undefined;
  return assignee && assignee.role !== 'auditor' ? assignee : undefined;
}

/**
 * Who hears of an event on one request. With an assignee, only the assignee
 * (unless they chose `none`); without one — or when the assignee has left —
 * everyone who chose `all`, the contact person by default. A mail nobody
 * would get goes to the contact person unless they chose `none`, so a new
 * request or a deadline is never silently nobody's (GDPR Art. 12(3)).
 * Pure: the caller loads the directory.
 */
export function pickRequestMailRecipients(
  directory: StaffMailDirectory,
  kind: StaffMailKind,
  assigneeId: string | null,
): StaffMailbox[] {
  const assignee = actingAssignee(directory, assigneeId);
  const picked = assignee
    ? assignee.preferences[kind] === 'none'
      ? []
      : [assignee]
    : directory.mailboxes.filter((m) => m.preferences[kind] === 'all');
  return withContactFallback(directory, kind, picked);
}

/** Escalations of an overdue request go to the admins who take reminders. */
export function pickEscalationRecipients(directory: StaffMailDirectory): StaffMailbox[] {
  const admins = directory.mailboxes.filter(
    (m) => m.role === 'admin' && m.preferences.reminders !== 'none',
  );
  return withContactFallback(directory, 'reminders', admins);
}

/** Everyone who wants the working-day digest. */
export function pickDigestRecipients(directory: StaffMailDirectory): StaffMailbox[] {
  return directory.mailboxes.filter((m) => m.preferences.digest);
}

function withContactFallback(
  directory: StaffMailDirectory,
  kind: StaffMailKind,
  picked: StaffMailbox[],
): StaffMailbox[] {
  if (picked.length > 0) return unique(picked);
  return directory.contact.preferences[kind] === 'none' ? [] : [directory.contact];
}

/** One mail per address, whatever the number of roles it appears in. */
function unique(mailboxes: StaffMailbox[]): StaffMailbox[] {
  const seen = new Set<string>();
  return mailboxes.filter((m) => {
    const email = m.email.toLowerCase();
    if (seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}
