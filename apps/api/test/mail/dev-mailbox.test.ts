import { devMailboxListSchema, localMailSchema } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { createLocalTransport } from '../../src/features/mail/create-local-transport';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import { startWorker } from '../../src/worker/start-worker';
import { uniqueEmail } from '../support/mail-factories';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const jsonHeaders = { 'content-type': 'application/json', 'x-requested-with': 'oikeus' };

describe.each(testProviders)('dev mailbox with MAIL_TRANSPORT=local on %s', (provider) => {
  let database: MailTestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createMailTestDatabase(provider);
    // MAIL_TRANSPORT is left at its default: the embedded "local" transport.
    app = await startMailTestApp({
      provider,
      now: new Date('2026-03-02T09:00:00Z'),
      databaseUrl: database.url,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function deliver() {
    const worker = startWorker(app.ctx, { isLooping: false });
    try {
      return (await worker.runOnce({ reminders: false })).outbox!;
    } finally {
      await worker.stop();
    }
  }

  function queue(to: string, reference: string) {
    return inTransaction(app.ctx.db, (tx) =>
      enqueueMail(tx, app.ctx, {
        template: 'handler_message',
        to,
        locale: 'en',
        data: { reference, requestPath: '/requests/1' },
      }),
    );
  }

  it('a newcomer signs up with the one-time code read from the mailbox, without any mail server', async () => {
    const email = uniqueEmail('newcomer');
    const start = await fetch(`${app.url}/api/auth/start`, {
      method: 'POST',
      headers: { ...jsonHeaders, 'x-forwarded-for': '10.9.8.7' },
      body: JSON.stringify({ purpose: 'sign_up', email, name: 'Uusi Käyttäjä', locale: 'fi' }),
    });
    expect(start.status).toBe(202);
    expect((await deliver()).sent).toBeGreaterThanOrEqual(1);

    const list = devMailboxListSchema.parse(
      await (await fetch(`${app.url}/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json(),
    );
    expect(list.messages).toHaveLength(1);
    expect(list.messages[0]?.subject).toBe('Vahvista sähköpostiosoitteesi – Inope Oy');
    const res = await fetch(`${app.url}/api/dev/mailbox/${list.messages[0]!.id}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const mail = localMailSchema.parse(await res.json());
    const code = /Kertakäyttöinen koodi: ([0-9]{6})/.exec(mail.text)?.[1];
    expect(code).toBeDefined();
    expect(mail.html).toContain('<html lang="fi">');

    const verify = await fetch(`${app.url}/api/auth/verify`, {
      method: 'POST',
      headers: { ...jsonHeaders, 'x-forwarded-for': '10.9.8.7' },
      body: JSON.stringify({ email, code }),
    });
    expect(verify.status).toBe(200);
  });

  it('lists messages newest first, filtered by recipient regardless of case, and shows one with text and HTML', async () => {
    const to = uniqueEmail('list');
    const other = uniqueEmail('other');
    const first = await queue(to, 'OIK-FIRST');
    await deliver();
    app.clock.advance(60_000);
    const second = await queue(to.toUpperCase(), 'OIK-SECOND');
    await queue(other, 'OIK-OTHER');
    await deliver();

    const list = devMailboxListSchema.parse(
      await (
        await fetch(`${app.url}/api/dev/mailbox?to=${encodeURIComponent(to.toUpperCase())}`)
      ).json(),
    );
    expect(list.messages.map((m) => m.subject)).toEqual([
      'New message about your request OIK-SECOND',
      'New message about your request OIK-FIRST',
    ]);
    expect(list.messages.map((m) => m.messageId)).toEqual([
      `<${second.id}@oikeus>`,
      `<${first.id}@oikeus>`,
    ]);
    expect(list.messages.every((m) => m.to === to)).toBe(true);

    const all = devMailboxListSchema.parse(
      await (await fetch(`${app.url}/api/dev/mailbox?limit=200`)).json(),
    );
    expect(all.messages.map((m) => m.to)).toContain(other);

    const detail = localMailSchema.parse(
      await (await fetch(`${app.url}/api/dev/mailbox/${list.messages[1]!.id}`)).json(),
    );
    expect(detail.text).toContain('http://localhost:3000/requests/1');
    expect(detail.html).toContain('href="http://localhost:3000/requests/1"');
  });

  it('when a resend after a crash reaches the local transport, the message is kept once', async () => {
    const to = uniqueEmail('twice');
    const transport = createLocalTransport(app.ctx.db, app.clock);
    const mail = {
      messageId: '<resend-test@oikeus>',
      from: 'x',
      replyTo: null,
      to,
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
      locale: 'fi',
    };
    const first = await transport.send(mail);
    const again = await transport.send(mail);
    expect(again.providerId).toBe(first.providerId);
    const list = devMailboxListSchema.parse(
      await (await fetch(`${app.url}/api/dev/mailbox?to=${encodeURIComponent(to)}`)).json(),
    );
    expect(list.messages).toHaveLength(1);
  });

  it('an unknown or malformed id is 404, a bad limit is 400', async () => {
    expect(
      (await fetch(`${app.url}/api/dev/mailbox/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
    expect((await fetch(`${app.url}/api/dev/mailbox/not-an-id`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/dev/mailbox?limit=0`)).status).toBe(400);
  });
});

describe('dev mailbox with MAIL_TRANSPORT=smtp', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startMailTestApp({
      provider: 'sqlite',
      now: new Date('2026-03-02T09:00:00Z'),
      env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtp://127.0.0.1:1' },
    });
  });
  afterAll(() => app.close());

  it('does not exist: the list and a message answer 404', async () => {
    const list = await fetch(`${app.url}/api/dev/mailbox`);
    expect(list.status).toBe(404);
    expect((await list.json()) as unknown).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(
      (await fetch(`${app.url}/api/dev/mailbox/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
  });
});
