import type { AppContext } from '../../context';
import { loadRegisterDescription } from '../../config/register-description';

export interface MailIdentity {
  /** Shown in every footer: who the controller is (GDPR Art. 13(1)(a), 14(1)(a)). */
  controllerName: string;
  /** The contact person (privacy notice section 2): digest recipient, default Reply-To and last-resort escalation address. */
  contactEmail: string;
  from: string;
  /** Reply-To of subject mail: replies reach a person, not a no-reply box. */
  replyTo: string;
}

/** Read once per file: every mail rendered needs it, and the file changes only with a restart. */
const cache = new Map<string, { controllerName: string; contactEmail: string }>();

function readDescription(file: string) {
  const cached = cache.get(file);
  if (cached) return cached;
  const description = loadRegisterDescription(file);
  const facts = {
    controllerName: description.controller.name,
    contactEmail: description.contactPerson.email,
  };
  cache.set(file, facts);
  return facts;
}

/**
 * Sender facts for outgoing mail. The controller and the contact person come
 * from the register description (the privacy notice as data), so they are
 * configured once; MAIL_CONTACT_EMAIL and MAIL_REPLY_TO override them.
 */
export function getMailIdentity(ctx: Pick<AppContext, 'env'>): MailIdentity {
  const facts = readDescription(ctx.env.REGISTER_DESCRIPTION_PATH);
  const contactEmail = ctx.env.MAIL_CONTACT_EMAIL ?? facts.contactEmail;
  return {
    controllerName: facts.controllerName,
    contactEmail,
    from: ctx.env.MAIL_FROM,
    replyTo: ctx.env.MAIL_REPLY_TO ?? contactEmail,
  };
}
