/** One message as handed to a transport; built from an OutboxMessage row. */
export interface OutgoingMail {
  /** `<outbox-id@oikeus>`: stable across retries, so a resend after a crash is recognisable. */
  messageId: string;
  from: string;
  replyTo: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
}

export interface MailTransport {
  /** Delivers one message; resolves with the provider's answer (queue id) or throws. */
  send(mail: OutgoingMail): Promise<{ providerId: string | null }>;
  close(): Promise<void>;
}

/** RFC 5322 Message-ID of an outbox row: the same id on every attempt. */
export function outboxMessageId(outboxId: string): string {
  return `<${outboxId}@oikeus>`;
}
