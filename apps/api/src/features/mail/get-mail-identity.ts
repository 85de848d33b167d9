import type { AppContext } from '../../context';

export interface MailIdentity {
  /** Shown in every footer: who the controller is (GDPR Art. 13(1)(a), 14(1)(a)). */
  controllerName: string;
  /** The contact person (privacy notice section 2): digest recipient, default Reply-To and last-resort escalation address. */
  contactEmail: string;
  from: string;
  /** Reply-To of subject mail: replies reach a person, not a no-reply box. */
  replyTo: string;
}

/**
 * Sender facts for outgoing mail. The controller and the contact person come
 * from the register description (the privacy notice as data) the context
 * loaded at start-up, so they are configured once; MAIL_CONTACT_EMAIL and MAIL_REPLY_TO override them.
 */
export function getMailIdentity(
  ctx: Pick<AppContext, 'env' | 'registerDescription'>,
): MailIdentity {
  const description = ctx.registerDescription;
  const contactEmail = ctx.env.MAIL_CONTACT_EMAIL ?? description.contactPerson.email;
  return {
    controllerName: description.controller.name,
    contactEmail,
    from: ctx.env.MAIL_FROM,
    replyTo: ctx.env.MAIL_REPLY_TO ?? contactEmail,
  };
}
