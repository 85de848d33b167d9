import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxStatus } from '@oikeus/contracts';
import { inTransaction } from '../../src/db/transaction';
import { enqueueMail } from '../../src/features/mail/enqueue-mail';
import { callConsole, signInStaff } from '../support/console-sign-in';
import { uniqueTag } from '../support/console-factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('the outbox as admins see it on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => app.close());

  async function failedMessage() {
    const to = `failed.${uniqueTag()}@example.fi`;
    const { id } = await inTransaction(app.ctx.db, (tx) =>
      enqueueMail(tx, app.ctx, {
        template: 'sign_in_no_account',
        to,
        locale: 'fi',
        data: { signUpPath: '/sign-up' },
      }),
    );
    await app.ctx.db.prisma.outboxMessage.update({
      where: { id },
      data: { status: 'failed', attempts: 8, lastError: '550 mailbox unavailable' },
    });
    return { id, to };
  }

  it('when a message was given up on, an admin sees it without its body and can queue it again', async () => {
    const admin = await signInStaff(app, 'admin');
    const message = await failedMessage();
    const status = await callConsole<OutboxStatus>(app, 'GET', '/api/console/outbox', {
      cookie: admin.cookie,
    });
    expect(status.status).toBe(200);
    const listed = status.body.failedMessages.find((m) => m.id === message.id);
    expect(listed).toMatchObject({
      toAddress: message.to,
      attempts: 8,
      lastError: '550 mailbox unavailable',
    });
    expect(JSON.stringify(status.body)).not.toContain('textBody');

    const retried = await callConsole(app, 'POST', `/api/console/outbox/${message.id}/retry`, {
      cookie: admin.cookie,
    });
    expect(retried.status).toBe(200);
    const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({
      where: { id: message.id },
    });
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(
      await app.ctx.db.prisma.auditEntry.count({
        where: { action: 'mail.retry_failed', recordId: message.id, actorId: admin.id },
      }),
    ).toBe(1);

    // A message that is not failed cannot be "retried" a second time.
    const again = await callConsole(app, 'POST', `/api/console/outbox/${message.id}/retry`, {
      cookie: admin.cookie,
    });
    expect(again.status).toBe(404);
  });

  it('when a handler or an auditor asks for the outbox, it is forbidden', async () => {
    const message = await failedMessage();
    for (const role of ['handler', 'auditor'] as const) {
      const staff = await signInStaff(app, role);
      const read = await callConsole(app, 'GET', '/api/console/outbox', { cookie: staff.cookie });
      expect(read.status).toBe(403);
      const retry = await callConsole(app, 'POST', `/api/console/outbox/${message.id}/retry`, {
        cookie: staff.cookie,
      });
      expect(retry.status).toBe(403);
    }
    const row = await app.ctx.db.prisma.outboxMessage.findUniqueOrThrow({
      where: { id: message.id },
    });
    expect(row.status).toBe('failed');
  });
});
