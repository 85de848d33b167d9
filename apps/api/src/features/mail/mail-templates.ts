import type { z } from 'zod';
import { acknowledgementTemplate } from './templates/acknowledgement';
import { completionTemplate } from './templates/completion';
import { dailyDigestTemplate } from './templates/daily-digest';
import { escalationOverdueTemplate } from './templates/escalation-overdue';
import { extensionNoticeTemplate } from './templates/extension-notice';
import { handlerMessageTemplate } from './templates/handler-message';
import { identityQuestionTemplate } from './templates/identity-question';
import { newRequestTemplate } from './templates/new-request';
import { refusalTemplate } from './templates/refusal';
import { reminderBeforeDueTemplate } from './templates/reminder-before-due';
import { reminderIdentityUnansweredTemplate } from './templates/reminder-identity-unanswered';
import { reminderOverdueTemplate } from './templates/reminder-overdue';
import { reminderTargetTemplate } from './templates/reminder-target';
import { resultReadyTemplate } from './templates/result-ready';
import { signInCodeTemplate } from './templates/sign-in-code';
import { staffInvitationTemplate } from './templates/staff-invitation';
import { staffPasswordResetTemplate } from './templates/staff-password-reset';
import { signInNoAccountTemplate } from './templates/sign-in-no-account';
import { subjectMessageTemplate } from './templates/subject-message';

/** Every email the system sends, by the id stored in OutboxMessage.template. */
export const mailTemplates = {
  sign_in_code: signInCodeTemplate,
  sign_in_no_account: signInNoAccountTemplate,
  acknowledgement: acknowledgementTemplate,
  identity_question: identityQuestionTemplate,
  extension_notice: extensionNoticeTemplate,
  handler_message: handlerMessageTemplate,
  subject_message: subjectMessageTemplate,
  new_request: newRequestTemplate,
  result_ready: resultReadyTemplate,
  refusal: refusalTemplate,
  completion: completionTemplate,
  reminder_before_due: reminderBeforeDueTemplate,
  reminder_target: reminderTargetTemplate,
  reminder_overdue: reminderOverdueTemplate,
  escalation_overdue: escalationOverdueTemplate,
  reminder_identity_unanswered: reminderIdentityUnansweredTemplate,
  daily_digest: dailyDigestTemplate,
  staff_invitation: staffInvitationTemplate,
  staff_password_reset: staffPasswordResetTemplate,
} as const;

export type MailTemplateName = keyof typeof mailTemplates;

/** The data a template needs, e.g. `MailTemplateData<'acknowledgement'>`. */
export type MailTemplateData<TName extends MailTemplateName> = z.input<
  (typeof mailTemplates)[TName]['dataSchema']
>;

export const mailTemplateNames = Object.keys(mailTemplates) as [
  MailTemplateName,
  ...MailTemplateName[],
];
