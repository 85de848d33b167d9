// Art. 20: the portability file is the same JSON format, restricted to data
// the subject provided and that is processed on consent or contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
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
  download,
  listOwnExports,
  readPackage,
  schemaErrors,
  type ExportPackage,
} from '../support/exports-zip';
import { signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('the portability file on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function portabilityPackage(
    person: PersonValues,
    extraCustomerIds: string[],
    records: RegisterRecords,
  ): Promise<ExportPackage> {
    const subject = await signUpSubject(app, {
      email: person.email,
      name: `${person.firstName} ${person.lastName}`,
      locale: 'en',
    });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'portability', registers: ['customer', 'marketing'] },
      { customerIds: [records.customerId, ...extraCustomerIds], contactIds: [records.contactId] },
    );
    const compiled = await compileAs(app, handler, request.id);
    expect(compiled.kind).toBe('portability');
    await releaseAs(app, handler, request.id, compiled.id);
    const [link] = await listOwnExports(app, subject, request.id);
    const res = await download(app, link?.downloadUrl ?? '', subject.headers);
    expect(res.status).toBe(200);
    return readPackage(res.body);
  }

  it('when the subject gave the data under a contract and consent, only that data is in the file', async () => {
    const person = personValues();
    const records = await createRegisterRecords(app, { person, emailPermission: 'granted' });
    // A record about the same person found in a public source: not provided by them.
    const fromPublicSource = await app.ctx.db.prisma.customer.create({
      data: {
        firstName: person.firstName,
        lastName: person.lastName,
        company: 'Julkinen Lähde Oy',
        email: `public.${person.email}`,
        relationshipStartedOn: new Date('2020-01-01T00:00:00Z'),
        source: 'public_source',
      },
    });
    const pkg = await portabilityPackage(person, [fromPublicSource.id], records);

    expect(schemaErrors(pkg.data)).toEqual([]);
    expect(pkg.data.kind).toBe('portability');
    expect(pkg.data.scope.recordTypes).toEqual([
      'customers',
      'serviceOrders',
      'serviceOrderChanges',
      'marketingContacts',
      'marketingPermissions',
    ]);
    const r = pkg.data.records;
    expect(r.customers.map((c) => c.id)).toEqual([records.customerId]);
    expect(r.serviceOrders).toHaveLength(2);
    expect(r.serviceOrderChanges).toHaveLength(4);
    expect(r.marketingContacts.map((c) => c.id)).toEqual([records.contactId]);
    // Consents only: the SMS prohibition is kept to honour Art. 21, not on consent.
    expect(r.marketingPermissions.map((p) => [p.channel, p.decision])).toEqual([
      ['email', 'granted'],
    ]);
    // Controller-made, legally required or about-the-data records are outside Art. 20.
    for (const key of [
      'invoices',
      'invoiceLines',
      'marketingPermissionEvents',
      'restrictions',
      'retention',
      'portalAccounts',
      'portalRequests',
      'portalRequestEvents',
      'portalMessages',
      'portalAttachments',
    ] as const) {
      expect(r[key], key).toEqual([]);
    }
    const csvFiles = [...pkg.files.keys()].filter((name) => name.endsWith('.csv'));
    expect(csvFiles).toEqual([
      'customers.csv',
      'service-orders.csv',
      'service-order-changes.csv',
      'marketing-contacts.csv',
      'marketing-permissions.csv',
    ]);
    const everything = [...pkg.files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain('Julkinen Lähde Oy');
    for (const number of records.invoiceNumbers) expect(everything).not.toContain(number);
    const html = pkg.text('report.html');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Your data for transfer');
    expect(html).toContain('Article 20 GDPR');
    // The public-source record is theirs too: the report says it is left out, and why.
    expect(html).toContain(
      'This register also holds data about you that falls outside the right to data portability, so it is not in this package (1 record).',
    );
    expect(html).toContain('for example a public source');
  });

  it('when the marketing contact rests on legitimate interests only, it is not in the file', async () => {
    const person = personValues();
    const records = await createRegisterRecords(app, { person, emailPermission: 'prohibited' });
    const pkg = await portabilityPackage(person, [], records);
    expect(schemaErrors(pkg.data)).toEqual([]);
    expect(pkg.data.records.customers).toHaveLength(1);
    expect(pkg.data.records.marketingContacts).toEqual([]);
    expect(pkg.data.records.marketingPermissions).toEqual([]);
    // Issue #17: the person has a record there, so the report never says "nothing found".
    const html = pkg.text('report.html');
    const marketing = html.slice(html.indexOf('id="marketing-register"'));
    expect(marketing).not.toContain('No data about you was found in this register.');
    expect(marketing).toContain(
      'This register holds data about you that falls outside the right to data portability, so it is not in this package (1 record).',
    );
    expect(marketing).toContain('Article 20(1) GDPR');
    expect(marketing).toContain('processed on our legitimate interests');
    expect(marketing).toContain('access request (Article 15 GDPR)');
  });
});
