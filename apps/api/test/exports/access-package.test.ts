// The Art. 15 access package end to end: the handler compiles, previews and
// releases it; the subject lists and downloads it; the zip is read back and
// checked the way its recipient (or a regulator) would check it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleExport, ExportPreview, SubjectExport } from '@oikeus/contracts';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
  type PersonValues,
  type RegisterRecords,
} from '../support/exports-factories';
import {
  asCsvCells,
  download,
  listOwnExports,
  parseCsv,
  readPackage,
  schemaErrors,
  sha256,
  type ExportPackage,
} from '../support/exports-zip';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');
const INTERNAL_NOTE = 'SISAINEN-MUISTIINPANO-kuuluu-jaljennokseen';

describe.each(testProviders)('the access package on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  let subject: PortalSubject;
  let person: PersonValues;
  let decoy: PersonValues;
  let records: RegisterRecords;
  let decoyRecords: RegisterRecords;
  let requestId = '';
  let compiled: ConsoleExport;
  let preview: ExportPreview;
  let released: ConsoleExport;
  let listed: SubjectExport[];
  let downloaded: { status: number; headers: Headers; body: Buffer };
  let pkg: ExportPackage;
  let subjectMessage = '';

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
    person = personValues();
    // Same first name and company, different person: nothing of theirs may leak.
    decoy = personValues({ firstName: person.firstName, company: person.company });
    decoyRecords = await createRegisterRecords(app, { person: decoy });
    records = await createRegisterRecords(app, {
      person,
      staffName: handler.name,
      otherPerson: decoy,
      billedPerson: `${decoy.firstName} ${decoy.lastName}`,
    });
    subject = await signUpSubject(app, {
      email: person.email,
      name: `${person.firstName} ${person.lastName}`,
      phone: person.phone,
      locale: 'sv',
    });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer', 'marketing'] },
      { customerIds: [records.customerId], contactIds: [records.contactId] },
    );
    requestId = request.id;
    subjectMessage = `Hej, jag väntar på mina uppgifter ${person.lastName}.`;
    const posted = await callApi(app, 'POST', `/api/requests/${requestId}/messages`, {
      headers: subject.headers,
      body: { body: subjectMessage },
    });
    expect(posted.status).toBe(201);
    await app.ctx.db.prisma.requestMessage.createMany({
      data: [
        {
          requestId,
          authorType: 'staff',
          authorStaffId: handler.id,
          body: `Vi sammanställer uppgifterna. Hälsningar, ${handler.name} (${handler.email})`,
          createdAt: new Date(now.getTime() + 60_000),
        },
        {
          requestId,
          authorType: 'staff',
          authorStaffId: handler.id,
          body: INTERNAL_NOTE,
          isInternalNote: true,
          createdAt: new Date(now.getTime() + 120_000),
        },
      ],
    });

    compiled = await compileAs(app, handler, requestId);
    const previewed = await callConsole<ExportPreview>(
      app,
      'GET',
      `/api/console/requests/${requestId}/exports/${compiled.id}/preview`,
      { cookie: handler.cookie },
    );
    expect(previewed.status).toBe(200);
    preview = previewed.body;
    released = await releaseAs(app, handler, requestId, compiled.id);
    listed = await listOwnExports(app, subject, requestId);
    downloaded = await download(app, listed[0]?.downloadUrl ?? '/missing', subject.headers);
    pkg = await readPackage(downloaded.body);
  });
  afterAll(() => app.close());

  it('when the handler compiles, the package is stored ready with counts of what it holds', async () => {
    expect(compiled).toMatchObject({ kind: 'access', status: 'ready', downloadCount: 0 });
    expect(compiled.size).toBeGreaterThan(0);
    expect(compiled.counts).toMatchObject({
      customers: 1,
      serviceOrders: 2,
      serviceOrderChanges: 4,
      invoices: 3,
      invoiceLines: 6,
      marketingContacts: 1,
      marketingPermissions: 2,
      marketingPermissionEvents: 3,
      restrictions: 2,
      portalAccounts: 1,
      portalRequests: 1,
    });
    const chunks = await app.ctx.db.prisma.exportChunk.count({ where: { exportId: compiled.id } });
    expect(chunks).toBeGreaterThan(0);
  });

  it('when the handler previews, they see the stored report and manifest, and the look is audited', async () => {
    expect(preview.manifest.exportId).toBe(compiled.id);
    expect(preview.reportHtml).toBe(pkg.text('report.html'));
    const audit = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId, action: { startsWith: 'export.' } },
      orderBy: { seq: 'asc' },
      select: { action: true, actorId: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'export.compiled',
      'export.previewed',
      'export.released',
      'export.downloaded',
    ]);
    expect(audit[3]?.actorId).toBe(subject.accountId);
  });

  it('when the handler releases, the subject sees a step, gets the result_ready mail and the package expires in 30 days', async () => {
    expect(released.status).toBe('released');
    expect(released.expiresAt).toBe(new Date(now.getTime() + 30 * 86_400_000).toISOString());
    const event = await app.ctx.db.prisma.requestEvent.findFirst({
      where: { requestId, type: 'result_released' },
    });
    expect(event?.isVisibleToSubject).toBe(true);
    const mail = await app.ctx.db.prisma.outboxMessage.findFirst({
      where: { requestId, template: 'result_ready' },
    });
    expect(mail?.toAddress).toBe(person.email);
    expect(mail?.locale).toBe('sv');
    expect(mail?.textBody).toContain(`/requests/${requestId}`);
    const again = await callConsole(
      app,
      'POST',
      `/api/console/requests/${requestId}/exports/${compiled.id}/release`,
      { cookie: handler.cookie, body: {} },
    );
    expect(again.status).toBe(409);
  });

  it('when the subject downloads, the zip is the stored package and the download is counted', async () => {
    expect(listed).toHaveLength(1);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe('application/zip');
    expect(downloaded.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?OIK-[A-Z0-9-]+-access\.zip"?$/,
    );
    expect(sha256(downloaded.body)).toBe(compiled.sha256);
    const row = await app.ctx.db.prisma.export.findUniqueOrThrow({ where: { id: compiled.id } });
    expect(row.downloadCount).toBe(1);
  });

  it('holds the report, data.json, one CSV per record type and a manifest whose hashes match', () => {
    const names = [...pkg.files.keys()];
    expect(names[0]).toBe('data.json');
    expect(names.at(-1)).toBe('manifest.json');
    expect(names).toContain('data.json');
    expect(names).toContain('invoice-lines.csv');
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(19);
    const listedFiles = pkg.manifest.files.map((f) => f.path);
    expect(new Set(listedFiles)).toEqual(new Set(names.filter((n) => n !== 'manifest.json')));
    for (const file of pkg.manifest.files) {
      const content = pkg.files.get(file.path);
      expect(content, file.path).toBeDefined();
      expect(sha256(content ?? Buffer.alloc(0)), file.path).toBe(file.sha256);
      expect(content?.length, file.path).toBe(file.size);
    }
  });

  it('data.json validates against the published JSON Schema', () => {
    expect(schemaErrors(pkg.data)).toEqual([]);
    expect(pkg.data).toMatchObject({ kind: 'access', language: 'sv' });
    expect(pkg.data.records.customers[0]).toMatchObject({
      id: records.customerId,
      email: person.email,
      streetAddress: person.streetAddress,
      relationshipEndedOn: '2024-06-30',
      source: 'contract',
    });
  });

  it('each CSV parses back to exactly the rows of data.json, with the counts of the manifest', () => {
    for (const file of pkg.manifest.files.filter((f) => f.path.endsWith('.csv'))) {
      const key = file.path
        .replace(/\.csv$/, '')
        .replace(/-([a-z])/g, (_m, ch: string) =>
          ch.toUpperCase(),
        ) as keyof typeof pkg.data.records;
      const fromJson = (pkg.data.records[key] as unknown as Record<string, unknown>[]).map(
        asCsvCells,
      );
      const bytes = pkg.files.get(file.path) ?? Buffer.alloc(0);
      // UTF-8 byte order mark, so Excel reads ä and ö right.
      expect([...bytes.subarray(0, 3)], file.path).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(bytes), file.path).toEqual(fromJson);
      expect(file.rows, file.path).toBe(fromJson.length);
      expect(pkg.manifest.counts[key], file.path).toBe(fromJson.length);
    }
  });

  it('the report is in the subject’s language and covers every item of Art. 15(1)(a)–(h) and 15(2)', () => {
    const html = pkg.text('report.html');
    expect(html).toContain('<html lang="sv">');
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      expect(html, `15(1)(${letter})`).toContain(`id="art15-1-${letter}"`);
    }
    expect(html).toContain('id="art15-2"');
    // (a) purposes with their legal bases, (b) categories, (c) recipients, 15(2) safeguards.
    expect(html).toContain(
      'Fullgörande av avtal (artikel 6.1 b i EU:s allmänna dataskyddsförordning)',
    );
    expect(html).toContain('Kontaktuppgifter');
    expect(html).toContain('Server- och IT-tjänsteleverantörer');
    // Inope Oy's notice names no transfer safeguard, so the copy names none (issue #17).
    expect(html).not.toContain('standardavtalsklausuler');
    // (d) concrete dates: customer data five years after the relationship ended 30.6.2024,
    // vouchers six years after the end of the financial year's calendar year.
    expect(html).toContain('Kan raderas från och med 1 juli 2029');
    expect(html).toContain('Kan raderas från och med 1 januari 2030');
    // (e) rights 16–18 and 21, (f) the complaint route, (g) sources, (h) automated decisions.
    expect(html).toContain('artikel 16');
    expect(html).toContain('artikel 21');
    expect(html).toContain('Dataombudsmannens byrå');
    expect(html).toContain('tietosuoja@om.fi');
    expect(html).toContain('Avtal');
    expect(html).toContain('Telefonsamtal');
    expect(html).toContain('Vi fattar inga automatiserade beslut');
    // The person's own data and their own words are in the copy.
    expect(html).toContain(person.streetAddress);
    for (const text of records.ownTexts) expect(html).toContain(text);
    expect(html).toContain(subjectMessage);
  });

  it('no value of the look-alike person appears in any file of the package', () => {
    const everything = [...pkg.files.values()].map((b) => b.toString('utf8')).join('\n');
    const decoyValues = [
      decoy.lastName,
      decoy.email,
      decoy.phone,
      decoy.streetAddress,
      decoyRecords.customerId,
      decoyRecords.contactId,
      ...decoyRecords.orderIds,
      ...decoyRecords.invoiceNumbers,
      ...decoyRecords.ownTexts,
    ];
    for (const value of decoyValues) {
      const at = everything.indexOf(value);
      expect(at, `${value} in …${everything.slice(Math.max(0, at - 200), at + 100)}…`).toBe(-1);
    }
    // The subject's own invoices are all there.
    for (const number of records.invoiceNumbers) expect(everything).toContain(number);
  });

  it('staff appear by role only, internal notes are in the copy (C-434/16 Nowak) and third parties are masked', () => {
    const everything = [...pkg.files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain(handler.name);
    expect(everything).not.toContain(handler.email);
    expect(everything).not.toContain(handler.id);
    // Issue #17: a note about the person is their data; it is left out only on a recorded ground.
    expect(pkg.data.records.internalNotes.map((n) => n.body)).toEqual([INTERNAL_NOTE]);
    const marker = pkg.data.thirdPartyMasking.marker;
    const change = pkg.data.records.serviceOrderChanges.find(
      (c) => c.changeType === 'price_changed',
    );
    expect(change?.description).toContain(marker);
    const billedToOther = pkg.data.records.invoices.find(
      (i) => i.number === records.invoiceNumbers[2],
    );
    expect(billedToOther).toMatchObject({ billingName: marker, billingAddress: marker });
    const billedToCompany = pkg.data.records.invoices.find(
      (i) => i.number === records.invoiceNumbers[1],
    );
    expect(billedToCompany?.billingName).toBe(person.company);
    const staffMessages = pkg.data.records.portalMessages.filter((m) => m.authorType === 'staff');
    expect(staffMessages.map((m) => m.body)).toEqual([
      `Vi sammanställer uppgifterna. Hälsningar, ${marker} (${marker})`,
    ]);
    const ownMessage = pkg.data.records.portalMessages.find((m) => m.authorType === 'subject');
    expect(ownMessage?.body).toBe(subjectMessage);
    expect(
      pkg.data.records.portalRequestEvents.every(
        (e) => e.data === null || !e.data.includes(handler.id),
      ),
    ).toBe(true);
  });
});
