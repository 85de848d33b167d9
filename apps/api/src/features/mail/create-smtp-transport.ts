import nodemailer from 'nodemailer';
import type { MailTransport, OutgoingMail } from './mail-transport';

/**
 * Sends through the SMTP server in SMTP_URL (smtp:// with STARTTLS when the
 * server offers it, or smtps://). A small connection pool (as many as the
 * sender's concurrency) saves a TCP and TLS handshake per message; timeouts
 * are short so an unreachable server turns into a quick, retried failure
 * instead of a hung worker.
 */
export function createSmtpTransport(
  smtpUrl: string,
  options: { maxConnections?: number } = {},
): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 4,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail: OutgoingMail) {
      const info = await transporter.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: {
          // RFC 3834: keeps out-of-office robots from answering system mail.
          'Auto-Submitted': 'auto-generated',
          'Content-Language': mail.locale,
        },
      });
      const response = typeof info.response === 'string' ? info.response.slice(0, 200) : null;
      return { providerId: response };
    },
    async close() {
      transporter.close();
    },
  };
}
