// A real SMTP server (smtp-server) for mail tests; every message is read back
// with mailparser. It can refuse connections (stops listening, as a crashed
// mail server does) and permanently reject chosen recipients (550).
import { createServer } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  parsed: ParsedMail;
  /** Envelope recipients (RCPT TO). */
  to: string[];
  messageId: string;
}

export interface TestSmtpServer {
  url: string;
  port: number;
  messages: CapturedMail[];
  /** Addresses answered with 550 at RCPT TO. */
  rejectedRecipients: Set<string>;
  /** Stops listening: connections are refused (ECONNREFUSED) until acceptConnections(). */
  refuseConnections(): Promise<void>;
  acceptConnections(): Promise<void>;
  /** Messages to one address, in arrival order. */
  messagesTo(address: string): CapturedMail[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const port = await freePort();
  const messages: CapturedMail[] = [];
  const rejectedRecipients = new Set<string>();

  function create(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // No DNS in test sandboxes: a reverse lookup per connection would only wait for a timeout.
      disableReverseLookup: true,
      logger: false,
      onRcptTo(address, _session, callback) {
        if (rejectedRecipients.has(address.address.toLowerCase())) {
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              messages.push({
                parsed,
                to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
                messageId: parsed.messageId ?? '',
              });
              callback();
            })
            .catch((err: Error) => callback(err));
        });
      },
    });
  }

  let server: SMTPServer | null = null;
  async function listen(): Promise<void> {
    const next = create();
    await new Promise<void>((resolve, reject) => {
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    server = next;
  }
  async function close(): Promise<void> {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await listen();
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    rejectedRecipients,
    refuseConnections: close,
    acceptConnections: listen,
    messagesTo: (address) => messages.filter((m) => m.to.includes(address.toLowerCase())),
    stop: close,
  };
}
