import {
  auditActionSchema,
  requestEventSchema,
  requestEventTypes,
  requestEventTypeSchema,
  type ConsoleRequestDetail,
  type RequestEventType,
} from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createMarketingContact } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { compileAs, releaseAs } from '../support/exports-factories';
import { getRequestAs, submitRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = new Date('2026-03-02T09:00:00Z');

// Contract between what the API writes and the closed vocabularies the UIs
// label (issue #15): every event type and audit action stored while a request
// goes through every action parses, with its typed data, and the portal and
// console answer with vocabulary members only. SQLite is enough here: the
// writes are the same code on both providers, and the other suites cover
// PostgreSQL.
describe('the request vocabulary on sqlite', () => {
  let app: TestApp;
  let handler: SignedInStaff;
  let subject: PortalSubject;
  const requestIds: string[] = [];

  beforeAll(async () => {
    app = await startTestApp('sqlite', { now: NOW });
    handler = await signInStaff(app, 'handler');
    subject = await signUpSubject(app);
  });
  afterAll(() => app.close());

  /** Drives one request over HTTP as the handler, carrying the version along. */
  function handle(requestId: string, version: number) {
    let current = version;
    return {
      async post(path: string, body: Record<string, unknown> = {}) {
        const res = await callConsole<{ version: number }>(
          app,
          'POST',
          `/api/console/requests/${requestId}/${path}`,
          { cookie: handler.cookie, body: { version: current, ...body } },
        );
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
        current = res.body.version;
        return res.body;
      },
      async refresh() {
        current = (
          await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
            where: { id: requestId },
          })
        ).version;
      },
      get version() {
        return current;
      },
    };
  }

  it('when a request goes through every action, every stored event and audit action is in the vocabulary with its typed data', async () => {
    const customer = await createCustomer(app, { email: subject.email, streetAddress: 'Vanha 1' });
    const contact = await createMarketingContact(app, { email: subject.email });

    // Access: identity asked and answered, extended, compiled, released, completed.
    const access = await submitRequestAs(app, subject);
    requestIds.push(access.id);
    const a = handle(access.id, access.version);
    await a.post('assign', { assigneeId: handler.id });
    await a.post('notes', { body: 'Tarkista asiakasnumero.' });
    await a.post('request-identity-info', { question: 'Mikä on asiakasnumerosi?' });
    const answer = await callApi(app, 'POST', `/api/requests/${access.id}/messages`, {
      headers: subject.headers,
      body: { body: 'Asiakasnumeroni on 1234.', isIdentityAnswer: true },
    });
    expect(answer.status).toBe(201);
    await a.refresh();
    await a.post('verify-identity', { note: 'Asiakasnumero täsmää.' });
    await a.post('records', {
      confirm: [
        { recordType: 'customer', recordId: customer.id, matchScore: 100 },
        { recordType: 'marketing_contact', recordId: contact.id, matchScore: 100 },
      ],
    });
    await a.post('messages', { body: 'Kokoamme tietojasi.' });
    await a.post('extension', { reasons: 'Pyyntöjä on paljon.' });
    const compiled = await compileAs(app, handler, access.id);
    await releaseAs(app, handler, access.id, compiled.id);
    await a.refresh();
    await a.post('recipient-notices', {
      recipientName: 'Tilitoimisto Oy',
      notifiedAt: NOW.toISOString(),
      method: 'email',
    });
    await a.post('completion', { responseLetter: 'Tässä tietosi.' });

    // Rectification, restriction lifted after notice, erasure; then withdrawn by the subject.
    const erasure = await submitRequestAs(app, subject, {
      type: 'erasure',
      registers: ['customer', 'marketing'],
      reason: 'En ole enää asiakas.',
    });
    requestIds.push(erasure.id);
    const e = handle(erasure.id, erasure.version);
    await e.post('start');
    await e.post('records', {
      confirm: [
        { recordType: 'customer', recordId: customer.id, matchScore: 100 },
        { recordType: 'marketing_contact', recordId: contact.id, matchScore: 100 },
      ],
    });
    await e.post('rectification', {
      changes: [
        { recordType: 'customer', recordId: customer.id, field: 'streetAddress', value: 'Uusi 2' },
      ],
    });
    const restricted = (await e.post('restriction', {
      ground: 'art18_1_a',
      reason: 'Osoite kiistetty.',
    })) as unknown as { restrictionIds: string[] };
    const restrictionId = restricted.restrictionIds[0];
    await e.post(`restrictions/${restrictionId}/inform`, { message: 'Rajoitus poistuu.' });
    await e.post(`restrictions/${restrictionId}/lift`);
    await e.post('objection', { channels: ['email'] });
    await e.post('erasure');
    const withdrawn = await callApi(app, 'POST', `/api/requests/${erasure.id}/withdraw`, {
      headers: subject.headers,
      body: { version: e.version, reason: 'Asia hoidettu.' },
    });
    expect(withdrawn.status).toBe(200);

    // An objection prohibits marketing at once (and cannot be refused, Art. 21(2)–(3),
    // issue #17); a second access request is refused instead.
    const objection = await submitRequestAs(app, subject, {
      type: 'objection',
      channels: ['sms'],
    });
    requestIds.push(objection.id);
    // An objection to processing on legitimate interests is assessed and answered (Art. 21(1)).
    const interests = await submitRequestAs(app, subject, {
      type: 'objection',
      kind: 'legitimate_interests',
      grounds: 'Erityinen tilanteeni.',
      registers: ['customer'],
    });
    requestIds.push(interests.id);
    const li = handle(interests.id, interests.version);
    await li.post('start');
    await li.post('objection/assessment', {
      outcome: 'overriding',
      reasons: 'Tietoja tarvitaan vireillä olevan vaateen puolustamiseen.',
    });
    const repeated = await submitRequestAs(app, subject);
    requestIds.push(repeated.id);
    const o = handle(repeated.id, repeated.version);
    await o.post('refusal', { ground: 'manifestly_unfounded', reasons: 'Sama pyyntö kolmesti.' });

    const events = await app.ctx.db.prisma.requestEvent.findMany({
      where: { requestId: { in: requestIds } },
    });
    for (const event of events) {
      const parsed = requestEventSchema.safeParse({
        type: event.type,
        data: event.data === null ? null : JSON.parse(event.data),
      });
      expect(parsed.success, `${event.type} ${event.data}`).toBe(true);
    }
    // The journey covers the whole vocabulary, so the check above covers every member.
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(requestEventTypes));

    const audits = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId: { in: requestIds } },
    });
    expect(audits.length).toBeGreaterThan(20);
    for (const entry of audits) {
      expect(auditActionSchema.safeParse(entry.action).success, entry.action).toBe(true);
    }
  });

  it('when the subject and the handler read the request, every event type they get is a vocabulary member', async () => {
    expect(requestIds.length).toBeGreaterThan(0);
    const seen = new Set<RequestEventType>();
    for (const id of requestIds) {
      const portal = await getRequestAs(app, subject, id);
      for (const event of portal.events) {
        seen.add(requestEventTypeSchema.parse(event.type));
      }
      const detail = await callConsole<ConsoleRequestDetail>(
        app,
        'GET',
        `/api/console/requests/${id}`,
        { cookie: handler.cookie },
      );
      expect(detail.status).toBe(200);
      for (const event of detail.body.timeline) {
        seen.add(requestEventTypeSchema.parse(event.type));
      }
    }
    // The subject saw the erasure and the release as such (the labels are the web's job).
    const portalTypes = (await getRequestAs(app, subject, requestIds[1]!)).events.map(
      (e) => e.type,
    );
    expect(portalTypes).toEqual(
      expect.arrayContaining(['erasure_applied', 'rectification_applied', 'restriction_applied']),
    );
    expect(portalTypes).not.toContain('records_updated');
    // …and the extension and the release of their access copy (issue #15 "Done when").
    const accessTypes = (await getRequestAs(app, subject, requestIds[0]!)).events.map(
      (e) => e.type,
    );
    expect(accessTypes).toEqual(expect.arrayContaining(['deadline_extended', 'result_released']));
    // An internal note is the handler's, not the person's.
    expect(accessTypes).not.toContain('internal_note_added');
    expect(seen.size).toBe(requestEventTypes.length);
  });
});
