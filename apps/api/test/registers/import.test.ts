// `pnpm dsr import`: the use case the CLI runs, on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressionHash } from '../../src/registers/suppression-hash';
import { importRegisterFile } from '../../src/features/register-sync/import-register-file';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';
import { writeTempFile } from '../support/register-sync-helpers';

describe.each(testProviders)('register import on %s', (provider) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(provider);
  });
  afterAll(() => app.close());
  const prisma = () => app.ctx.db.prisma;

  function customersCsv(tag: string): string {
    return [
      'externalId;firstName;lastName;company;email;phone;streetAddress;postalCode;city;country;relationshipStartedOn;relationshipEndedOn;source;sourceDetail',
      `C-${tag}-1;Helmi;Järvinen;;helmi.${tag}@example.fi;040 123 4501;Rautatienkatu 12;33100;Tampere;FI;1.3.2021;;contract;CRM`,
      `C-${tag}-2;Oskari;Nieminen;"Nieminen; Rakennus Oy";oskari.${tag}@example.fi;;Teollisuustie 4;90620;Oulu;FI;15.11.2019;31.12.2024;web_form;`,
    ].join('\r\n');
  }

  it('when a ;-separated CSV with a BOM and Finnish dates is imported, every row is stored with its source, and importing it again changes nothing', async () => {
    const tag = randomUUID().slice(0, 8);
    const file = writeTempFile('customers.csv', customersCsv(tag), { bom: true });
    const first = await importRegisterFile(app.ctx, { recordType: 'customers', file });
    expect(first.status).toBe('completed');
    if (first.status !== 'completed') return;
    expect(first.counts).toMatchObject({ created: 2, updated: 0, unchanged: 0, refused: 0 });

    const helmi = await prisma().customer.findUniqueOrThrow({
      where: { externalId: `C-${tag}-1` },
    });
    expect(helmi).toMatchObject({
      firstName: 'Helmi',
      email: `helmi.${tag}@example.fi`,
      source: 'contract',
      sourceDetail: 'CRM',
      company: null,
    });
    expect(helmi.relationshipStartedOn.toISOString()).toBe('2021-03-01T00:00:00.000Z');
    const oskari = await prisma().customer.findUniqueOrThrow({
      where: { externalId: `C-${tag}-2` },
    });
    expect(oskari.company).toBe('Nieminen; Rakennus Oy');
    expect(oskari.relationshipEndedOn?.toISOString()).toBe('2024-12-31T00:00:00.000Z');
    const before = await prisma().customer.findMany({
      where: { externalId: { startsWith: `C-${tag}` } },
      orderBy: { externalId: 'asc' },
    });

    const again = await importRegisterFile(app.ctx, { recordType: 'customers', file });
    expect(again.status === 'completed' && again.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const after = await prisma().customer.findMany({
      where: { externalId: { startsWith: `C-${tag}` } },
      orderBy: { externalId: 'asc' },
    });
    expect(after).toEqual(before);
    const runs = await prisma().registerSyncRun.findMany({
      where: { id: { in: [first.runId, again.status === 'completed' ? again.runId : ''] } },
    });
    expect(runs).toHaveLength(2);
    const audit = await prisma().auditEntry.findMany({
      where: { action: 'register.imported', details: { contains: first.runId } },
    });
    expect(audit).toHaveLength(1);
  });

  it('when one row of a file is invalid, nothing is written and the report names its line and column', async () => {
    const tag = randomUUID().slice(0, 8);
    const csv = [
      'externalId,firstName,lastName,email,relationshipStartedOn,source',
      `B-${tag}-1,Aino,Virtanen,aino.${tag}@example.fi,2020-01-01,contract`,
      `B-${tag}-2,Eero,Korhonen,eero.${tag}@example.fi,31.2.2020,contract`,
      `B-${tag}-3,Liisa,Mäkelä,liisa.${tag}@example.fi,1.1.2020,contract`,
    ].join('\n');
    const file = writeTempFile('bad.csv', csv);
    const result = await importRegisterFile(app.ctx, {
      recordType: 'customers',
      file,
      locale: 'fi',
    });
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        line: 3,
        path: 'relationshipStartedOn',
        externalId: `B-${tag}-2`,
        message: 'Anna päivämäärä muodossa 31.12.2026 tai 2026-12-31.',
      }),
    ]);
    expect(
      await prisma().customer.count({ where: { externalId: { startsWith: `B-${tag}` } } }),
    ).toBe(0);
  });

  it('when a dry run is made, every check runs and nothing is written', async () => {
    const tag = randomUUID().slice(0, 8);
    const file = writeTempFile('customers.csv', customersCsv(tag));
    const result = await importRegisterFile(app.ctx, {
      recordType: 'customers',
      file,
      dryRun: true,
    });
    expect(result.status === 'completed' && result.counts.created).toBe(2);
    expect(
      await prisma().customer.count({ where: { externalId: { startsWith: `C-${tag}` } } }),
    ).toBe(0);
  });

  it('when a file grants marketing to a suppressed email, that permission is refused and counted, and the others are stored', async () => {
    const tag = randomUUID().slice(0, 8);
    const suppressed = `gone.${tag}@example.fi`;
    await prisma().marketingSuppression.create({
      data: {
        valueHash: suppressionHash(app.ctx, 'email', suppressed),
        kind: 'email',
        reason: 'objection_art21',
      },
    });
    const contacts = writeTempFile(
      'contacts.jsonl',
      [
        JSON.stringify({
          externalId: `M-${tag}-1`,
          firstName: 'Ville',
          lastName: 'Salo',
          email: suppressed.toUpperCase(),
          lastActivityOn: '2026-01-10',
          source: 'web_form',
        }),
        JSON.stringify({
          externalId: `M-${tag}-2`,
          firstName: 'Sanna',
          lastName: 'Laine',
          email: `sanna.${tag}@example.fi`,
          lastActivityOn: '10.1.2026',
          source: 'web_form',
        }),
      ].join('\n'),
    );
    const imported = await importRegisterFile(app.ctx, {
      recordType: 'marketing-contacts',
      file: contacts,
    });
    expect(imported.status === 'completed' && imported.counts.created).toBe(2);
    const events = writeTempFile(
      'events.csv',
      [
        'externalId;contactExternalId;channel;decision;decidedAt;source',
        `E-${tag}-1;M-${tag}-1;email;granted;2026-02-01T10:00:00Z;web_form`,
        `E-${tag}-2;M-${tag}-2;email;granted;1.2.2026;web_form`,
        `E-${tag}-3;M-${tag}-1;phone;prohibited;1.2.2026;phone`,
      ].join('\n'),
    );
    const result = await importRegisterFile(app.ctx, {
      recordType: 'permission-events',
      file: events,
    });
    expect(result.status).toBe('completed');
    if (result.status !== 'completed') return;
    expect(result.counts).toMatchObject({ created: 2, refused: 1, refusedSuppressed: 1 });
    expect(result.refused).toEqual([
      expect.objectContaining({ externalId: `E-${tag}-1`, reason: 'suppressed' }),
    ]);
    const ville = await prisma().marketingContact.findUniqueOrThrow({
      where: { externalId: `M-${tag}-1` },
      include: { permissions: true },
    });
    expect(ville.permissions.map((p) => [p.channel, p.decision])).toEqual([
      ['phone', 'prohibited'],
    ]);
    const sanna = await prisma().marketingContact.findUniqueOrThrow({
      where: { externalId: `M-${tag}-2` },
      include: { permissions: true },
    });
    expect(sanna.permissions.map((p) => [p.channel, p.decision])).toEqual([['email', 'granted']]);
  });

  it('when invoices arrive one CSV row per line with decimal-comma amounts, each invoice is stored with its lines', async () => {
    const tag = randomUUID().slice(0, 8);
    const customers = writeTempFile(
      'customers.csv',
      `externalId;firstName;lastName;relationshipStartedOn;source\nI-${tag};Kaisa;Heino;1.1.2024;contract`,
    );
    await importRegisterFile(app.ctx, { recordType: 'customers', file: customers });
    const invoices = writeTempFile(
      'invoices.csv',
      [
        'externalId;customerExternalId;number;issuedOn;dueOn;financialYearEnd;net;vat;total;billingName;source;lineNo;lineDescription;quantity;unitPrice;vatRate;lineNet',
        `INV-${tag};I-${tag};N-${tag};1.11.2026;15.11.2026;31.12.2026;1 099,80;280,45;1 380,25;Kaisa Heino;contract;1;Palvelu;1;1 049,90;25,5;1 049,90`,
        `INV-${tag};I-${tag};N-${tag};1.11.2026;15.11.2026;31.12.2026;1 099,80;280,45;1 380,25;Kaisa Heino;contract;2;Tuki;1;49,90;25,5;49,90`,
      ].join('\n'),
    );
    const result = await importRegisterFile(app.ctx, { recordType: 'invoices', file: invoices });
    expect(result.status === 'completed' && result.counts.created).toBe(1);
    const invoice = await prisma().invoice.findUniqueOrThrow({
      where: { externalId: `INV-${tag}` },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
    expect([invoice.netCents, invoice.vatCents, invoice.totalCents]).toEqual([
      109_980, 28_045, 138_025,
    ]);
    expect(invoice.lines.map((l) => [l.lineNo, l.unitPriceCents, l.vatRateBp])).toEqual([
      [1, 104_990, 2550],
      [2, 4_990, 2550],
    ]);
    const again = await importRegisterFile(app.ctx, { recordType: 'invoices', file: invoices });
    expect(again.status === 'completed' && again.counts.unchanged).toBe(1);
  });
});
