import type { AppContext } from '../../context';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: 'handler' | 'admin' | 'auditor';
  /** The language of their reminders (StaffUser.locale). */
  locale: string;
}

export interface StaffDirectory {
  byId: Map<string, StaffMember>;
  handlers: StaffMember[];
  admins: StaffMember[];
}

/** Active staff, loaded once per scan (a handful of rows) instead of once per request. */
export async function loadStaffDirectory(ctx: Pick<AppContext, 'db'>): Promise<StaffDirectory> {
  const staff = await ctx.db.prisma.staffUser.findMany({
    where: { isActive: true },
    select: { id: true, email: true, name: true, role: true, locale: true },
    orderBy: { email: 'asc' },
  });
  return {
    byId: new Map(staff.map((s) => [s.id, s])),
    handlers: staff.filter((s) => s.role === 'handler'),
    admins: staff.filter((s) => s.role === 'admin'),
  };
}

export interface ReminderRecipient {
  /** Staff id, or 'contact' for the configured contact person. */
  key: string;
  email: string;
  locale: string;
}

function unique(recipients: ReminderRecipient[]): ReminderRecipient[] {
  const seen = new Set<string>();
  return recipients.filter((r) => {
    const email = r.email.toLowerCase();
    if (seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

/**
 * Who hears about a deadline: the assignee if there is one, else every active
 * handler; an escalation goes to every admin. When nobody fits, the contact
 * person from the register description gets it, so a reminder never goes
 * nowhere.
 */
export function reminderRecipients(
  directory: StaffDirectory,
  input: { isEscalation: boolean; assigneeId: string | null; contactEmail: string },
): ReminderRecipient[] {
  let people: StaffMember[];
  if (input.isEscalation) {
    people = directory.admins;
  } else {
    const assignee = input.assigneeId ? directory.byId.get(input.assigneeId) : undefined;
    // An auditor is read-only and cannot act on a reminder.
    people = assignee && assignee.role !== 'auditor' ? [assignee] : directory.handlers;
    if (people.length === 0) people = directory.admins;
  }
  const recipients = people.map((p) => ({ key: p.id, email: p.email, locale: p.locale }));
  return unique(
    recipients.length > 0
      ? recipients
      : [{ key: 'contact', email: input.contactEmail, locale: contactLocale(directory, input) }],
  );
}

/** The contact person's language when they are also a staff user; Finnish otherwise. */
export function contactLocale(directory: StaffDirectory, input: { contactEmail: string }): string {
  const email = input.contactEmail.toLowerCase();
  for (const member of directory.byId.values()) {
    if (member.email.toLowerCase() === email) return member.locale;
  }
  return 'fi';
}
