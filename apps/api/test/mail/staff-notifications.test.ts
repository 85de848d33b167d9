// Issue #19 "Staff are told what they need to know": the new-request mail, the
// subject-message mail on a request nobody has, the digest's new and
// unassigned lists, and each member's mail preferences deciding who gets them.
import { randomBytes } from 'node:crypto';
import type { StaffAccount, StaffMailPreferences } from '@oikeus/contracts';
import { asLocalDate } from '@oikeus/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/db/transaction';
import { loadStaffDirectory } from '../../src/features/reminders/load-staff-directory';
import { queueReminders } from '../../src/features/reminders/queue-reminders';
import { scanReminders } from '../../src/features/reminders/scan-reminders';
import { createRequest } from '../../src/features/request-core/create-request';
import { STAFF_SESSION_COOKIE } from '../../src/features/staff/staff-session';
import {
  callConsole,
  cookieFrom,
  createEnrolledStaff,
  randomIp,
  totpAt,
  type StaffTestUser,
} from '../support/console-sign-in';
import { createRightsRequest } from '../support/mail-factories';
import {
  createMailTestDatabase,
  startMailTestApp,
  type MailTestDatabase,
} from '../support/mail-test-app';
import { submitRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import type { TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

interface Member extends StaffTestUser {
  cookie: string;
}

describe.each(testProviders)('mail to staff about new requests and messages on %s', (provider) => {
  const tag = randomBytes(4).toString('hex');
  const contactEmail = `contact.${tag}@inope.fi`;
  let database: MailTestDatabase;
  let app: TestApp;
  let contact: Member;
  let handlerOnDefaults: Member;
  let handlerWantsAll: Member;
  let adminWantsAll: Member;
  let subject: PortalSubject;

  async function signIn(user: StaffTestUser): Promise<Member> {
    const res = await fetch(`${app.url}/api/staff/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        'x-forwarded-for': randomIp(),
      },
      body: JSON.stringify({
        email: user.email,
        password: user.password,
        totp: totpAt(app, user.totpSecret),
      }),
    });
    const cookie = cookieFrom(res, STAFF_SESSION_COOKIE);
    if (!cookie) throw new Error(`sign-in failed: ${res.status}`);
    return { ...user, cookie };
  }

  async function choose(member: Member, mailPreferences: StaffMailPreferences) {
    const res = await callConsole<StaffAccount>(app, 'PATCH', '/api/staff/auth/account', {
      cookie: member.cookie,
      body: { mailPreferences },
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  async function mailsAbout(requestId: string, template: string) {
    return app.ctx.db.prisma.outboxMessage.findMany({
      where: { requestId, template },
      orderBy: { toAddress: 'asc' },
      select: { toAddress: true, locale: true, subject: true, textBody: true },
    });
  }

  beforeAll(async () => {
    // A database of its own: members here choose "every new request", which
    // no other test file should see mail for.
    database = await createMailTestDatabase(provider);
    app = await startMailTestApp({
      provider,
      now: new Date('2026-03-02T09:00:00Z'),
      ...(database.url ? { databaseUrl: database.url } : {}),
      env: { MAIL_CONTACT_EMAIL: contactEmail, SUBJECT_MESSAGE_MAIL_MINUTES: '15' },
    });
    contact = await signIn(await createEnrolledStaff(app, 'handler', { email: contactEmail }));
    handlerOnDefaults = await signIn(await createEnrolledStaff(app, 'handler'));
    handlerWantsAll = await signIn(await createEnrolledStaff(app, 'handler'));
    adminWantsAll = await signIn(await createEnrolledStaff(app, 'admin'));
    await app.ctx.db.prisma.staffUser.update({
      where: { id: adminWantsAll.id },
      data: { locale: 'sv' },
    });
    await choose(handlerWantsAll, {
      newRequests: 'all',
      messages: 'all',
      reminders: 'all',
      digest: false,
    });
    await choose(adminWantsAll, {
      newRequests: 'all',
      messages: 'own',
      reminders: 'own',
      digest: true,
    });
    subject = await signUpSubject(app, { locale: 'en' });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('when a member has not chosen, the account shows the defaults: everything for the contact person, own requests and reminders for a handler', async () => {
    const own = await callConsole<StaffAccount>(app, 'GET', '/api/staff/auth/account', {
      cookie: contact.cookie,
    });
    expect(own.body).toMatchObject({
      email: contactEmail,
      isContactPerson: true,
      hasChosenMailPreferences: false,
      mailPreferences: { newRequests: 'all', messages: 'all', reminders: 'all', digest: true },
    });
    const handler = await callConsole<StaffAccount>(app, 'GET', '/api/staff/auth/account', {
      cookie: handlerOnDefaults.cookie,
    });
    expect(handler.body).toMatchObject({
      isContactPerson: false,
      mailPreferences: { newRequests: 'own', messages: 'own', reminders: 'all', digest: false },
    });
    const audit = await app.ctx.db.prisma.auditEntry.findFirst({
      where: { action: 'staff.mail_preferences_updated', actorId: adminWantsAll.id },
    });
    expect(JSON.parse(audit?.details ?? '{}')).toMatchObject({
      wereDefaults: true,
      after: { newRequests: 'all', digest: true },
    });
  });

  it('when a person submits a request through the portal, the contact person and the members who chose every new request are mailed in their own language; a handler on the defaults is not', async () => {
    const request = await submitRequestAs(app, subject);
    const mails = await mailsAbout(request.id, 'new_request');
    expect(mails.map((m) => m.toAddress).sort()).toEqual(
      [adminWantsAll.email, contactEmail, handlerWantsAll.email].sort(),
    );
    const toAdmin = mails.find((m) => m.toAddress === adminWantsAll.email);
    expect(toAdmin?.locale).toBe('sv');
    expect(toAdmin?.subject).toBe(`Ny begäran ${request.reference}: tillgång till uppgifter`);
    const toContact = mails.find((m) => m.toAddress === contactEmail);
    expect(toContact?.textBody).toContain('saapui portaalin kautta');
    expect(toContact?.textBody).toContain('Kukaan ei vielä käsittele sitä');
    expect(toContact?.textBody).toContain(`/console/requests/${request.id}`);
    // The mail names the request, never the person.
    expect(toContact?.textBody).not.toContain(subject.email);
    // The person's own acknowledgement is unchanged.
    expect((await mailsAbout(request.id, 'acknowledgement')).map((m) => m.toAddress)).toEqual([
      subject.email,
    ]);
  });

  it('when staff create a request already assigned, only the assignee is mailed; an assignee who opted out gets none and the contact person is told instead', async () => {
    async function createAssigned(assigneeId: string) {
      const account = await app.ctx.db.prisma.account.findUniqueOrThrow({
        where: { id: subject.accountId },
      });
      const reference = `OIK-T-${randomBytes(4).toString('hex').toUpperCase()}`;
      return inTransaction(app.ctx.db, (tx) =>
        createRequest(tx, app.ctx, {
          actor: { type: 'staff', id: adminWantsAll.id },
          request: {
            reference,
            accountId: account.id,
            type: 'erasure',
            targetsCustomerRegister: true,
            targetsMarketingRegister: false,
            details: JSON.stringify({ type: 'erasure', registers: ['customer'] }),
            locale: 'fi',
            receivedAt: app.clock.now(),
            assigneeId,
          },
          event: ({ dueDate }) => ({ type: 'submitted', data: { reference, dueDate } }),
          audit: () => ({ action: 'request.submitted' }),
          mail: () => [],
        }),
      );
    }
    const toHandler = await createAssigned(handlerOnDefaults.id);
    const mails = await mailsAbout(toHandler.id, 'new_request');
    expect(mails.map((m) => m.toAddress)).toEqual([handlerOnDefaults.email]);
    expect(mails[0]?.textBody).toContain('kirjattiin konsolissa');
    expect(mails[0]?.textBody).toContain('Se on osoitettu sinulle.');

    await choose(handlerOnDefaults, {
      newRequests: 'none',
      messages: 'own',
      reminders: 'all',
      digest: false,
    });
    const optedOut = await createAssigned(handlerOnDefaults.id);
    expect((await mailsAbout(optedOut.id, 'new_request')).map((m) => m.toAddress)).toEqual([
      contactEmail,
    ]);
    await choose(handlerOnDefaults, {
      newRequests: 'own',
      messages: 'own',
      reminders: 'all',
      digest: false,
    });
  });

  it('when the contact person opts out of new requests, they get none while those who opted in still do', async () => {
    await choose(contact, { newRequests: 'none', messages: 'all', reminders: 'all', digest: true });
    const request = await submitRequestAs(app, subject, { type: 'objection', channels: ['sms'] });
    expect((await mailsAbout(request.id, 'new_request')).map((m) => m.toAddress).sort()).toEqual(
      [adminWantsAll.email, handlerWantsAll.email].sort(),
    );
    await choose(contact, { newRequests: 'all', messages: 'all', reminders: 'all', digest: true });
  });

  it('when the person writes on a request nobody has, the contact person and those who chose every message get one mail per window; once assigned, only the assignee', async () => {
    const request = await submitRequestAs(app, subject);
    async function post(body: string) {
      const data = new FormData();
      data.append('body', body);
      const res = await callApi(app, 'POST', `/api/requests/${request.id}/messages`, {
        headers: subject.headers,
        rawBody: data,
      });
      expect(res.status).toBe(201);
    }
    await post('Lisätietoa pyyntööni.');
    await post('Vielä yksi asia.');
    const unassigned = await mailsAbout(request.id, 'subject_message');
    expect(unassigned.map((m) => m.toAddress).sort()).toEqual(
      [contactEmail, handlerWantsAll.email].sort(),
    );
    expect(unassigned[0]?.subject).toBe(`Uusi viesti: pyyntö ${request.reference}`);

    const assigned = await callConsole(app, 'POST', `/api/console/requests/${request.id}/assign`, {
      cookie: handlerOnDefaults.cookie,
      body: {
        // Each message moved the version on.
        version: (
          await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({ where: { id: request.id } })
        ).version,
        assigneeId: 'me',
      },
    });
    expect(assigned.status).toBe(200);
    app.clock.advance(16 * 60_000);
    await post('Ja vielä kolmas.');
    const all = await mailsAbout(request.id, 'subject_message');
    expect(all).toHaveLength(3);
    expect(all.map((m) => m.toAddress).filter((a) => a === handlerOnDefaults.email)).toHaveLength(
      1,
    );
  });

  it('when reminders are queued, a handler who chose "own" hears nothing of a request nobody has, and an assignee who chose "none" hears nothing of theirs', async () => {
    await choose(handlerWantsAll, {
      newRequests: 'all',
      messages: 'all',
      reminders: 'own',
      digest: false,
    });
    const nobodys = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-02-02T09:00:00Z'),
    });
    const optedOutAssignee = await signIn(await createEnrolledStaff(app, 'handler'));
    await choose(optedOutAssignee, {
      newRequests: 'own',
      messages: 'own',
      reminders: 'none',
      digest: false,
    });
    const theirs = await createRightsRequest(app.ctx, {
      receivedAt: new Date('2026-02-02T09:00:00Z'),
      assigneeId: optedOutAssignee.id,
    });
    const job = (
      request: { id: string; reference: string; version: number },
      assigneeId: string | null,
    ) => ({
      reminder: {
        kind: 'target' as const,
        dueDate: asLocalDate('2026-03-02'),
        deadlineDate: asLocalDate('2026-03-02'),
        key: `${request.id}:target:2026-03-02`,
      },
      request: {
        id: request.id,
        reference: request.reference,
        type: 'access' as const,
        version: request.version,
        assigneeId,
        isExtended: false,
      },
    });
    const outcome = await queueReminders(app.ctx, {
      jobs: [job(nobodys, null), job(theirs, optedOutAssignee.id)],
      directory: await loadStaffDirectory(app.ctx),
      calendar: app.ctx.holidayCalendar,
    });
    expect(outcome.queued).toBe(2);
    const toNobodys = (await mailsAbout(nobodys.id, 'reminder_target')).map((m) => m.toAddress);
    expect(toNobodys).toContain(contactEmail);
    expect(toNobodys).toContain(handlerOnDefaults.email);
    expect(toNobodys).not.toContain(handlerWantsAll.email);
    expect(toNobodys).not.toContain(adminWantsAll.email);
    // Nobody else would get it: the contact person does, as the last resort.
    expect((await mailsAbout(theirs.id, 'reminder_target')).map((m) => m.toAddress)).toEqual([
      contactEmail,
    ]);
    await app.ctx.db.prisma.rightsRequest.updateMany({
      where: { id: { in: [nobodys.id, theirs.id] } },
      data: { status: 'completed' },
    });
  });

  it('when the digest goes out, it lists what arrived since the last one and the open requests nobody has, to each member who wants it', async () => {
    // Monday 9 March 2026: a first digest, then a request the next day.
    app.clock.set(new Date('2026-03-09T07:00:00Z'));
    expect((await scanReminders(app.ctx)).digest).toBe('queued');
    app.clock.set(new Date('2026-03-09T12:00:00Z'));
    // A week on, the earlier portal session has ended.
    subject = await signUpSubject(app, { locale: 'en' });
    const fresh = await submitRequestAs(app, subject, {
      type: 'portability',
      registers: ['customer'],
    });
    app.clock.set(new Date('2026-03-10T07:00:00Z'));
    expect((await scanReminders(app.ctx)).digest).toBe('queued');

    const digests = await app.ctx.db.prisma.outboxMessage.findMany({
      where: { template: 'daily_digest', dedupeKey: { startsWith: 'digest:2026-03-10:' } },
      select: { toAddress: true, locale: true, subject: true, textBody: true },
    });
    expect(digests.map((d) => d.toAddress).sort()).toEqual(
      [adminWantsAll.email, contactEmail].sort(),
    );
    const finnish = digests.find((d) => d.toAddress === contactEmail)!;
    expect(finnish.subject).toMatch(/^Päivän katsaus ti 10\.3\.2026: .*, 1 uutta$/);
    const text = finnish.textBody;
    const newSection = text.slice(
      text.indexOf('Uudet edellisen katsauksen jälkeen (1)'),
      text.indexOf('Ei käsittelijää ('),
    );
    expect(newSection).toContain(`${fresh.reference} – tietojen siirtäminen`);
    const unassignedSection = text.slice(
      text.indexOf('Ei käsittelijää ('),
      text.indexOf('Myöhässä ('),
    );
    expect(unassignedSection).toContain(`${fresh.reference} – tietojen siirtäminen`);
    expect(unassignedSection).toContain('ei käsittelijää');
    // The request assigned in an earlier test is not among those nobody has.
    const swedish = digests.find((d) => d.toAddress === adminWantsAll.email)!;
    expect(swedish.subject).toMatch(/^Dagens översikt .*, 1 nya$/);
    expect(swedish.textBody).toContain('Ingen handläggare (');
  });
});
