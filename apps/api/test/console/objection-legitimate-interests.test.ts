// Issue #17: the portal offers an Art. 21(1) objection (processing based on
// legitimate interests, with the person's grounds) beside the objection to
// direct marketing, and the console handles it: the handler records whether
// compelling legitimate grounds override the person's, and answers with
// reasons. Without overriding grounds, processing of the confirmed records
// stops (an `objection_21_1` restriction marker: stored only).
import type { SubjectRequestDetail, SubjectRequestSummary, WriteResult } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMarketingAudience } from '../../src/features/register-actions/list-marketing-audience';
import {
  createCustomer,
  createMarketingContact,
  createRightsRequest,
  linkRecords,
} from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { getRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

type Answer = WriteResult & {
  restrictionIds?: string[];
  error?: { code: string; message: string; details?: Array<{ path: string; message: string }> };
};

const grounds =
  'Osoitteeni on turvakiellon alainen, enkä halua sitä käytettävän asiakasviestintään.';

describe.each(testProviders)(
  'an objection to processing on legitimate interests on %s',
  (provider) => {
    let app: TestApp;
    let handler: SignedInStaff;
    beforeAll(async () => {
      app = await startTestApp(provider, { now: NOW });
      handler = await signInStaff(app, 'handler');
    });
    afterAll(() => app.close());

    const prisma = () => app.ctx.db.prisma;
    const post = (path: string, body: unknown) =>
      callConsole<Answer>(app, 'POST', path, { cookie: handler.cookie, body, locale: 'en' });
    const assess = (requestId: string, version: number, outcome: string, reasons: string) =>
      post(`/api/console/requests/${requestId}/objection/assessment`, {
        version,
        outcome,
        reasons,
      });

    /** An Art. 21(1) objection in progress with a customer record and a marketing contact confirmed. */
    async function objectionWithRecords(locale: 'fi' | 'en' = 'en') {
      const request = await createRightsRequest(app, {
        type: 'objection',
        status: 'in_progress',
        locale,
        details: {
          type: 'objection',
          kind: 'legitimate_interests',
          grounds,
          registers: ['customer', 'marketing'],
        },
      });
      const customer = await createCustomer(app);
      const contact = await createMarketingContact(app, { permissions: { email: 'granted' } });
      await linkRecords(app, request.id, handler.id, [
        { recordType: 'customer', recordId: customer.id },
        { recordType: 'marketing_contact', recordId: contact.id },
      ]);
      return { request, customer, contact };
    }

    it('is submitted in the portal with the person’s grounds, which it requires, and stops nothing by itself', async () => {
      const subject = await signUpSubject(app, { locale: 'en' });
      const missing = await callApi<{
        error: { details: Array<{ path: string; message: string }> };
      }>(app, 'POST', '/api/requests', {
        headers: { ...subject.headers, 'accept-language': 'en' },
        body: { type: 'objection', kind: 'legitimate_interests', registers: ['customer'] },
      });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details).toEqual([
        {
          path: 'grounds',
          message: 'Say what in your particular situation the objection rests on.',
        },
      ]);

      const res = await callApi<{ request: SubjectRequestSummary; marketingStop: unknown }>(
        app,
        'POST',
        '/api/requests',
        {
          headers: subject.headers,
          body: {
            type: 'objection',
            kind: 'legitimate_interests',
            grounds,
            registers: ['customer'],
          },
        },
      );
      expect(res.status).toBe(201);
      expect(res.body.marketingStop).toBeNull();
      const detail: SubjectRequestDetail = await getRequestAs(app, subject, res.body.request.id);
      expect(detail.details).toEqual({
        type: 'objection',
        kind: 'legitimate_interests',
        grounds,
        registers: ['customer'],
      });
      expect(detail.events.map((e) => e.type)).toEqual(['submitted']);
      expect(
        await prisma().marketingSuppression.count({ where: { requestId: res.body.request.id } }),
      ).toBe(0);
    });

    it('without overriding grounds, processing of the confirmed records stops and the person gets the reasons', async () => {
      const { request, contact } = await objectionWithRecords();
      const early = await post(`/api/console/requests/${request.id}/completion`, {
        version: 1,
        responseLetter: 'Done.',
      });
      expect(early.status).toBe(409);
      expect(early.body.error?.message).toContain('The objection has not been applied.');

      const reasons =
        'Customer newsletters rest on legitimate interests that do not outweigh yours.';
      const assessed = await assess(request.id, 1, 'not_overriding', reasons);
      expect(assessed.status).toBe(200);
      expect(assessed.body.restrictionIds).toHaveLength(2);
      const markers = await prisma().restriction.findMany({ where: { requestId: request.id } });
      expect(markers.map((m) => [m.recordType, m.ground, m.liftedAt]).sort()).toEqual([
        ['customer', 'objection_21_1', null],
        ['marketing_contact', 'objection_21_1', null],
      ]);
      // Stored only: the contact no longer reaches any marketing list.
      expect((await listMarketingAudience(app.ctx, 'email')).items.map((c) => c.id)).not.toContain(
        contact.id,
      );
      const message = await prisma().requestMessage.findFirstOrThrow({
        where: { requestId: request.id, authorType: 'staff' },
      });
      expect(message.body).toContain('GDPR Article 21(1)');
      expect(message.body).toContain('we have stopped processing your data');
      expect(message.body).toContain(reasons);
      const event = await prisma().requestEvent.findFirstOrThrow({
        where: { requestId: request.id, type: 'objection_assessed' },
      });
      expect(JSON.parse(event.data ?? 'null')).toEqual({ outcome: 'not_overriding', records: 2 });
      expect(event.isVisibleToSubject).toBe(true);
      const audit = await prisma().auditEntry.findFirstOrThrow({
        where: { requestId: request.id, action: 'objection.assessed' },
      });
      expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
        outcome: 'not_overriding',
        reasons,
      });

      const again = await assess(request.id, assessed.body.version, 'overriding', 'Changed mind.');
      expect(again.status).toBe(409);
      const done = await post(`/api/console/requests/${request.id}/completion`, {
        version: assessed.body.version,
        responseLetter: 'Processing has stopped.',
      });
      expect(done.status).toBe(200);
    });

    it('with overriding grounds, processing goes on, and the answer gives the grounds and the complaint route', async () => {
      const { request } = await objectionWithRecords();
      const reasons = 'The records are needed to defend a pending claim about the contract.';
      const assessed = await assess(request.id, 1, 'overriding', reasons);
      expect(assessed.status).toBe(200);
      expect(assessed.body.restrictionIds).toEqual([]);
      expect(await prisma().restriction.count({ where: { requestId: request.id } })).toBe(0);
      const message = await prisma().requestMessage.findFirstOrThrow({
        where: { requestId: request.id, authorType: 'staff' },
      });
      expect(message.body).toContain('compelling legitimate grounds');
      expect(message.body).toContain(reasons);
      expect(message.body).toContain('Office of the Data Protection Ombudsman');
      expect(message.body).toContain('Article 79');
      expect(
        (
          await post(`/api/console/requests/${request.id}/completion`, {
            version: assessed.body.version,
            responseLetter: 'See the reasons above.',
          })
        ).status,
      ).toBe(200);
    });

    it('unlike an objection to direct marketing, it can be refused, and the direct-marketing one cannot be assessed', async () => {
      const { request } = await objectionWithRecords();
      const marketingStop = await post(`/api/console/requests/${request.id}/objection`, {
        version: 1,
      });
      expect(marketingStop.status).toBe(409);
      expect(marketingStop.body.error?.message).toMatch(/not to direct marketing/);
      const refused = await post(`/api/console/requests/${request.id}/refusal`, {
        version: 1,
        ground: 'manifestly_unfounded',
        reasons: 'The same objection was answered last week.',
      });
      expect(refused.status).toBe(200);

      const marketing = await createRightsRequest(app, {
        type: 'objection',
        status: 'in_progress',
      });
      const res = await assess(marketing.id, 1, 'overriding', 'No.');
      expect(res.status).toBe(409);
      expect(res.body.error?.message).toBe(
        'Only an objection to processing based on legitimate interests (Art. 21(1)) is assessed. Direct marketing always stops.',
      );
    });
  },
);
