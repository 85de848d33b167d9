// Issue #17: the access copy is complete, specific to the person and truthful
// (GDPR Art. 15(1), 15(3); CJEU C-434/16 Nowak, C-579/21, C-154/21; EDPB
// 01/2022 §§ 110–120). The package is unzipped and read the way the person
// (or a regulator) would read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSuppressions } from '../../src/registers/suppression-hash';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { createMarketingContact, uniqueTag } from '../support/console-factories';
import {
  compileAs,
  prepareExportRequest,
  releaseAs,
  uniquePhone,
} from '../support/exports-factories';
import { download, listOwnExports, readPackage, type ExportPackage } from '../support/exports-zip';
import { signUpSubject, uniqueEmail, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('a complete, person-specific access copy on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let subject: PortalSubject;
  let pkg: ExportPackage;
  let html = '';
  let requestId = '';
  let customerId = '';
  let unnamedContactId = '';
  const tag = uniqueTag();
  const sharedNote = `Asiakas soitti ja kysyi laskuistaan ${tag}.`;
  const withheldNote = `Toisen asiakkaan asia, ei tälle ${tag}.`;
  const sourceDetail = `Yrityshakemisto Finder.fi ${tag}`;
  const recipientName = `Tilitoimisto Numero ${tag} Oy`;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
    const email = uniqueEmail('complete');
    const phone = uniquePhone();
    subject = await signUpSubject(app, { email, name: 'Liisa Lähde', phone, locale: 'en' });
    // A customer from a public source, with no orders and no invoices.
    const customer = await app.ctx.db.prisma.customer.create({
      data: {
        firstName: 'Liisa',
        lastName: 'Lähde',
        company: `Lähde ${tag} Oy`,
        email,
        relationshipStartedOn: new Date('2024-01-15T00:00:00Z'),
        source: 'public_source',
        sourceDetail,
      },
    });
    customerId = customer.id;
    // The marketing register also holds the person, but the request names only the customer register.
    const contact = await createMarketingContact(app, {
      firstName: 'Liisa',
      lastName: 'Lähde',
      email,
    });
    unnamedContactId = contact.id;
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [customerId] },
    );
    requestId = request.id;
    const prisma = app.ctx.db.prisma;
    await prisma.rightsRequest.update({
      where: { id: requestId },
      data: {
        identityVerifiedAt: new Date('2026-03-02T09:30:00Z'),
        identityNote: 'Signed in with a one-time code to the address in the customer record.',
      },
    });
    for (const [body, withholding] of [
      [sharedNote, undefined],
      [withheldNote, { ground: 'rights_of_others', reason: 'About another customer.' }],
    ] as const) {
      const { version } = await prisma.rightsRequest.findUniqueOrThrow({
        where: { id: requestId },
        select: { version: true },
      });
      const res = await callConsole(app, 'POST', `/api/console/requests/${requestId}/notes`, {
        cookie: handler.cookie,
        body: { version, body, ...(withholding ? { withholding } : {}) },
      });
      expect(res.status).toBe(200);
    }
    await prisma.recipientNotice.create({
      data: {
        requestId,
        recipientName,
        notifiedAt: new Date('2026-03-02T10:00:00Z'),
        method: 'email',
        staffId: handler.id,
      },
    });
    await prisma.$transaction(async (tx) => {
      await addSuppressions(tx, app.ctx, {
        email,
        phone: null,
        reason: 'objection',
        requestId,
        at: new Date('2026-03-02T10:05:00Z'),
      });
    });
    // A search outside any request that showed this customer among its hits (issue #20 point 8).
    const search = await callConsole<{ items: Array<{ id: string }> }>(
      app,
      'GET',
      `/api/console/register-search?email=${encodeURIComponent(email)}`,
      { cookie: handler.cookie },
    );
    expect(search.body.items.map((i) => i.id)).toContain(customerId);
    const compiled = await compileAs(app, handler, requestId);
    await releaseAs(app, handler, requestId, compiled.id);
    const listed = await listOwnExports(app, subject, requestId);
    const downloaded = await download(app, listed[0]?.downloadUrl ?? '/missing', subject.headers);
    expect(downloaded.status).toBe(200);
    pkg = await readPackage(downloaded.body);
    html = pkg.text('report.html');
  });
  afterAll(() => app.close());

  it('includes the internal notes about the person, masked, and leaves out a withheld note while naming its ground', () => {
    const notes = pkg.data.records.internalNotes;
    expect(notes.map((n) => n.body)).toContain(sharedNote);
    const withheld = notes.find((n) => n.withholdingGround !== null);
    expect(withheld).toMatchObject({ body: '', withholdingGround: 'rights_of_others' });
    const everything = [...pkg.files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain(withheldNote);
    expect(html).toContain(sharedNote);
    expect(html).toContain('Note left out: the rights and freedoms of others (Article 15(4) GDPR)');
  });

  it('the handler sees the withholding ground with the note', async () => {
    const detail = await callConsole<{
      messages: Array<{
        body: string;
        withholdingGround: string | null;
        withholdingReason: string | null;
      }>;
    }>(app, 'GET', `/api/console/requests/${requestId}`, { cookie: handler.cookie });
    const note = detail.body.messages.find((m) => m.body === withheldNote);
    expect(note).toMatchObject({
      withholdingGround: 'rights_of_others',
      withholdingReason: 'About another customer.',
    });
  });

  it('includes the identity check with its time and note', () => {
    const own = pkg.data.records.portalRequests.find((r) => r.id === requestId);
    expect(own).toMatchObject({
      identityVerifiedAt: '2026-03-02T09:30:00.000Z',
      identityNote: 'Signed in with a one-time code to the address in the customer record.',
    });
    expect(html).toContain('Identity checked');
  });

  it('includes the Art. 19 recipient notices in the data and in (c)', () => {
    expect(pkg.data.records.recipientNotices).toEqual([
      expect.objectContaining({ requestId, recipientName, method: 'email' }),
    ]);
    const c = section(html, 'c');
    expect(c).toContain(recipientName);
    expect(c).toContain('Article 19');
  });

  it('includes the audit entries about the request and records, with dates and purposes and staff by role only (C-579/21)', () => {
    const entries = pkg.data.records.auditEntries;
    const actions = entries.map((e) => e.action);
    expect(actions).toContain('request.submitted');
    expect(actions).toContain('request.record_confirmed');
    expect(actions).toContain('request.note_added');
    expect(actions).toContain('request.started');
    // The search outside the request that showed the customer's record.
    expect(entries.find((e) => e.action === 'register.searched')).toMatchObject({
      actorType: 'staff',
      requestId: null,
    });
    expect(entries.every((e) => e.purpose.length > 0)).toBe(true);
    const staffEntry = entries.find((e) => e.action === 'request.started');
    expect(staffEntry).toMatchObject({ actorType: 'staff', requestId });
    const everything = [...pkg.files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain(handler.name);
    expect(everything).not.toContain(handler.id);
    expect(html).toContain('When and for what purpose your data was used');
  });

  it('says that the person’s email is on the do-not-market list', () => {
    expect(pkg.data.records.suppressions).toEqual([
      expect.objectContaining({ kind: 'email', value: subject.email, reason: 'objection' }),
    ]);
    expect(html).toContain('Do-not-market list');
  });

  it('(a) and (b) list only the purposes and categories that apply to this person’s records', () => {
    const a = section(html, 'a');
    expect(a).toContain('Looking after and administering the customer relationship');
    // No invoices and no ordered services: accounting, delivery, billing and orders do not apply.
    expect(a).not.toContain('Bookkeeping');
    expect(a).not.toContain('Offering our services and delivering them');
    // The marketing register was not asked about: none of its purposes are listed.
    expect(a).not.toContain('Marketing messages such as newsletters');
    const b = section(html, 'b');
    expect(b).toContain('Contact details');
    expect(b).not.toContain('Billing details');
    expect(b).not.toContain('Ordered services');
    expect(b).not.toContain('Direct marketing permissions');
  });

  it('(c) names each recipient and processor of the register with role and country, and no assumed safeguard', () => {
    const c = section(html, 'c');
    expect(c).toContain('Hosting and IT service providers');
    expect(c).toContain('Processor');
    expect(c).toContain('EU/EEA');
    expect(c).not.toContain('standard contractual clauses');
    expect(c).not.toMatch(/ask our contact person|contact person can tell you/i);
  });

  it('says "in the registers you asked about" and never that only the portal’s data is processed', () => {
    expect(html).toContain('Your request concerned these registers: Customer register.');
    expect(html).toContain('This answer covers only the registers you asked about');
    expect(html).not.toMatch(/We only process this portal/);
    expect(pkg.data.scope.description).toContain('in the registers you asked about');
    // The unnamed register's record is not in the copy (the request did not name it).
    expect(pkg.data.records.marketingContacts).toEqual([]);
    expect(JSON.stringify(pkg.data)).not.toContain(unnamedContactId);
  });

  it('warns the handler that a register the request does not name holds matching records', async () => {
    const detail = await callConsole<{
      unnamedRegisterMatches: Array<{ register: string; count: number }>;
    }>(app, 'GET', `/api/console/requests/${requestId}`, { cookie: handler.cookie });
    expect(detail.body.unnamedRegisterMatches).toEqual([{ register: 'marketing', count: 1 }]);
  });

  it('(g) gives the free-text source detail of a record from a public source', () => {
    expect(pkg.data.records.customers[0]).toMatchObject({ source: 'public_source', sourceDetail });
    expect(section(html, 'g')).toContain(sourceDetail);
  });
});

/** The HTML of the report's Art. 15(1)(letter) section. */
function section(html: string, letter: string): string {
  const start = html.indexOf(`id="art15-1-${letter}"`);
  expect(start, `section (${letter})`).toBeGreaterThan(-1);
  const end = html.indexOf('<section aria-labelledby="art15-1-', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}
