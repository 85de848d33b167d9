import type { AppContext } from '../../context';
import { createLocalTransport } from './create-local-transport';
import { createSmtpTransport } from './create-smtp-transport';
import type { MailTransport } from './mail-transport';

/** The transport MAIL_TRANSPORT names; loadEnv already insists on SMTP_URL for "smtp". */
export function createMailTransport(ctx: Pick<AppContext, 'env' | 'db' | 'clock'>): MailTransport {
  if (ctx.env.MAIL_TRANSPORT === 'smtp') {
    if (!ctx.env.SMTP_URL) throw new Error('SMTP_URL is required when MAIL_TRANSPORT=smtp');
    return createSmtpTransport(ctx.env.SMTP_URL);
  }
  return createLocalTransport(ctx.db, ctx.clock);
}
