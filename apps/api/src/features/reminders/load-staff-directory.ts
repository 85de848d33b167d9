import type { AppContext } from '../../context';
import {
  loadStaffMailDirectory,
  pickEscalationRecipients,
  pickRequestMailRecipients,
  type StaffMailDirectory,
} from '../staff/staff-mail-recipients';

/** Active staff with their mail preferences, loaded once per scan instead of once per request. */
export type StaffDirectory = StaffMailDirectory;

export function loadStaffDirectory(
  ctx: Pick<AppContext, 'db' | 'env' | 'registerDescription'>,
): Promise<StaffDirectory> {
  return loadStaffMailDirectory(ctx.db.prisma, ctx);
}

export interface ReminderRecipient {
  /** Staff id, or 'contact' for a contact person without a staff account. */
  key: string;
  email: string;
  locale: string;
}

/**
 * Who hears about a deadline, by each member's reminder preference
 * (staff-mail-recipients.ts): the assignee if there is one, else everyone who
 * takes reminders for requests nobody has (every handler and the contact
 * person unless they chose otherwise); an escalation goes to the admins.
 * A reminder nobody would get goes to the contact person unless they opted
 * out of reminders altogether.
 */
export function reminderRecipients(
  directory: StaffDirectory,
  input: { isEscalation: boolean; assigneeId: string | null },
): ReminderRecipient[] {
  const mailboxes = input.isEscalation
    ? pickEscalationRecipients(directory)
    : pickRequestMailRecipients(directory, 'reminders', input.assigneeId);
  return mailboxes.map((m) => ({ key: m.key, email: m.email, locale: m.locale }));
}
