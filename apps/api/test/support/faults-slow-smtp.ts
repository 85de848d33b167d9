// A deliberately slow SMTP server: each message's DATA is held for `delayMs`
// before the server answers 250, so a test can kill a worker while a send is
// in flight. It records when each message started and which were accepted.
import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SlowSmtpServer {
  url: string;
  /** Message-IDs of accepted messages (answered 250), in order; repeats are kept. */
  accepted: string[];
  /** Messages whose DATA has started, accepted or not. */
  started(): number;
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

export async function startSlowSmtpServer(delayMs: number): Promise<SlowSmtpServer> {
  const port = await freePort();
  const accepted: string[] = [];
  let started = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      started += 1;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          simpleParser(Buffer.concat(chunks))
            .then((parsed) => {
              accepted.push(parsed.messageId ?? '');
              callback();
            })
            .catch((err: Error) => callback(err));
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    started: () => started,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
