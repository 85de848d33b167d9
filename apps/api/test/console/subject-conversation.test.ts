import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleRequestDetail, SubjectMessage, WriteResult } from '@oikeus/contracts';
import { createEnrolledStaff, callConsole, signInStaff } from '../support/console-sign-in';
import { callApi, signUpSubject } from '../support/portal-sign-in';
import { getRequestAs, submitRequestAs } from '../support/portal-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');
const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);

describe.each(testProviders)(
  'the handler and the subject write to each other on %s',
  (provider) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp(provider, { now });
    });
    afterAll(() => app.close());

    async function detailOf(requestId: string, cookie: string) {
      const res = await callConsole<ConsoleRequestDetail>(
        app,
        'GET',
        `/api/console/requests/${requestId}`,
        {
          cookie,
        },
      );
      expect(res.status).toBe(200);
      return res.body;
    }

    it("when a handler writes to the subject, the portal shows it and a mail in the subject's language says so", async () => {
      const handler = await signInStaff(app, 'handler');
      const subject = await signUpSubject(app, { locale: 'sv' });
      const request = await submitRequestAs(app, subject);
      const before = await detailOf(request.id, handler.cookie);

      const sent = await callConsole<WriteResult>(
        app,
        'POST',
        `/api/console/requests/${request.id}/messages`,
        {
          cookie: handler.cookie,
          body: { version: before.version, body: 'Vilka år gäller din begäran?' },
        },
      );
      expect(sent.status).toBe(200);
      expect(sent.body.version).toBe(before.version + 1);

      const portal = await getRequestAs(app, subject, request.id);
      expect(portal.messages.map((m) => [m.authorType, m.body])).toContainEqual([
        'staff',
        'Vilka år gäller din begäran?',
      ]);
      const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
        where: { requestId: request.id, template: 'handler_message' },
      });
      expect(mail.toAddress).toBe(subject.email);
      expect(mail.subject).toMatch(/meddelande|Meddelande/);
      // The email points to the portal; the message itself stays on the signed-in channel.
      expect(mail.textBody).not.toContain('Vilka år gäller');
      const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
        where: { requestId: request.id, action: 'request.message_sent' },
      });
      expect(audit.details).not.toContain('Vilka år');
    });

    it("when the handler's copy is stale, the message is refused with 409 and nothing is written", async () => {
      const handler = await signInStaff(app, 'handler');
      const subject = await signUpSubject(app);
      const request = await submitRequestAs(app, subject);
      const before = await detailOf(request.id, handler.cookie);
      const messages = await app.ctx.db.prisma.requestMessage.count({
        where: { requestId: request.id },
      });
      const stale = await callConsole<{ error: { code: string } }>(
        app,
        'POST',
        `/api/console/requests/${request.id}/messages`,
        { cookie: handler.cookie, body: { version: before.version + 5, body: 'Hei' } },
      );
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('CONFLICT');
      expect(
        await app.ctx.db.prisma.requestMessage.count({ where: { requestId: request.id } }),
      ).toBe(messages);
    });

    it('when an auditor tries to write to the subject, it is forbidden', async () => {
      const auditor = await signInStaff(app, 'auditor');
      const subject = await signUpSubject(app);
      const request = await submitRequestAs(app, subject);
      const res = await callConsole(app, 'POST', `/api/console/requests/${request.id}/messages`, {
        cookie: auditor.cookie,
        body: { version: 1, body: 'Hei' },
      });
      expect(res.status).toBe(403);
    });

    it('when the subject writes on an assigned request, the handler is mailed in their own language and can open the file', async () => {
      const handler = await signInStaff(app, 'handler');
      await app.ctx.db.prisma.staffUser.update({
        where: { id: handler.id },
        data: { locale: 'en' },
      });
      const subject = await signUpSubject(app, { locale: 'fi' });
      const request = await submitRequestAs(app, subject);
      const detail = await detailOf(request.id, handler.cookie);
      const assigned = await callConsole(
        app,
        'POST',
        `/api/console/requests/${request.id}/assign`,
        {
          cookie: handler.cookie,
          body: { version: detail.version, assigneeId: 'me' },
        },
      );
      expect(assigned.status).toBe(200);

      const data = new FormData();
      data.append('body', 'Tässä laskun kopio.');
      data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'lasku.pdf');
      const posted = await callApi<{ message: SubjectMessage }>(
        app,
        'POST',
        `/api/requests/${request.id}/messages`,
        { headers: subject.headers, rawBody: data },
      );
      expect(posted.status).toBe(201);
      const attachment = posted.body.message.attachments[0]!;

      const mail = await app.ctx.db.prisma.outboxMessage.findFirstOrThrow({
        where: { requestId: request.id, template: 'subject_message' },
      });
      expect(mail.toAddress).toBe(handler.email);
      expect(mail.subject).toBe(`New message: request ${request.reference}`);
      expect(mail.textBody).not.toContain('laskun kopio');

      const res = await fetch(
        `${app.url}/api/console/requests/${request.id}/attachments/${attachment.id}`,
        { headers: { cookie: handler.cookie } },
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="?lasku\.pdf"?$/,
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
      expect(
        await app.ctx.db.prisma.auditEntry.count({
          where: { action: 'attachment.opened', recordId: attachment.id, actorId: handler.id },
        }),
      ).toBe(1);

      // Not through another request's id, and not for an auditor.
      const other = await submitRequestAs(app, subject);
      const wrongRequest = await fetch(
        `${app.url}/api/console/requests/${other.id}/attachments/${attachment.id}`,
        { headers: { cookie: handler.cookie } },
      );
      expect(wrongRequest.status).toBe(404);
      const auditor = await signInStaff(app, 'auditor');
      const asAuditor = await fetch(
        `${app.url}/api/console/requests/${request.id}/attachments/${attachment.id}`,
        { headers: { cookie: auditor.cookie } },
      );
      expect(asAuditor.status).toBe(403);
    });

    it('when a staff user is created with a mail language, it is kept and shown', async () => {
      const admin = await signInStaff(app, 'admin');
      const created = await callConsole<{ id: string; locale: string }>(
        app,
        'POST',
        '/api/staff/users',
        {
          cookie: admin.cookie,
          body: {
            email: `handler.sv.${Date.now()}@inope.fi`,
            name: 'Handläggare',
            role: 'handler',
            locale: 'sv',
          },
        },
      );
      expect(created.status).toBe(201);
      expect(created.body.locale).toBe('sv');
      const changed = await callConsole<{ locale: string }>(
        app,
        'PATCH',
        `/api/staff/users/${created.body.id}`,
        {
          cookie: admin.cookie,
          body: { locale: 'en' },
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.locale).toBe('en');
      const staff = await createEnrolledStaff(app, 'handler');
      const row = await app.ctx.db.prisma.staffUser.findUniqueOrThrow({ where: { id: staff.id } });
      expect(row.locale).toBe('fi');
    });
  },
);
