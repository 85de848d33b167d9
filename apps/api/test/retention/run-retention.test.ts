import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';
import { runRetention, type RunRetentionResult } from '../../src/features/retention/run-retention';
import {
  createCustomer,
  createInvoice,
  createMarketingContact,
  createRestriction,
} from '../support/retention-factories';
import {
  SCENARIO_TODAY,
  countRegisterRows,
  seedRetentionScenario,
  sortItems,
  withOwnMarketingPeriod,
} from '../support/retention-scenario';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

function completed(result: RunRetentionResult) {
  if (result.status !== 'completed')
    throw new Error(`expected a completed run, got ${result.status}`);
  return result;
}

async function retentionAudit(ctx: AppContext) {
  const rows = await ctx.db.prisma.auditEntry.findMany({
    where: { action: { in: ['retention.delete', 'retention.anonymise'] } },
    orderBy: { seq: 'asc' },
  });
  return rows.map((row) => ({
    ...row,
    details: JSON.parse(row.details ?? '{}') as Record<string, unknown>,
  }));
}

describe.each(testProviders)('retention run on %s', (provider) => {
  let app: RetentionTestApp;
  beforeEach(async () => {
    app = await startRetentionTestApp(provider, SCENARIO_TODAY);
    // These tests are about the job's mechanics; they run with the controller
    // setting of an own marketing period on (three years after last activity).
    app.ctx.registerDescription = withOwnMarketingPeriod(app.ctx.registerDescription);
  });
  afterEach(() => app.dispose());

  it('when run on 2 March 2026, exactly the records whose period is over go, vouchers and restricted records stay, and every deletion is audited', async () => {
    const db = app.ctx.db.prisma;
    const scenario = await seedRetentionScenario(db);

    const result = completed(await runRetention(app.ctx, { dryRun: false }));

    expect(result.today).toBe('2026-03-02');
    expect(sortItems(result.items)).toEqual(sortItems(scenario.expected));
    const { customers, invoices, contacts } = scenario;
    const customerIds = (await db.customer.findMany({ select: { id: true } }))
      .map((c) => c.id)
      .sort();
    expect(customerIds).toEqual(
      [
        customers.withVoucher,
        customers.leftRecently,
        customers.ongoing,
        customers.legalClaims,
        customers.heldCustomer,
      ]
        .map((c) => c.id)
        .sort(),
    );
    // Orders and their change history went with the deleted and the anonymised customers.
    expect(
      await db.serviceOrder.count({
        where: { customerId: { in: [customers.leftLongAgo.id, customers.withVoucher.id] } },
      }),
    ).toBe(0);
    expect(await db.serviceOrderChange.count()).toBe(0);
    const anonymised = await db.customer.findUniqueOrThrow({
      where: { id: customers.withVoucher.id },
    });
    expect(anonymised).toMatchObject({
      firstName: '',
      lastName: '',
      company: null,
      streetAddress: null,
      postalCode: null,
      city: null,
      phone: null,
      email: null,
      anonymizedAt: SCENARIO_TODAY,
      relationshipEndedOn: customers.withVoucher.relationshipEndedOn,
    });
    const invoiceIds = (await db.invoice.findMany({ select: { id: true } }))
      .map((i) => i.id)
      .sort();
    expect(invoiceIds).toEqual(
      [invoices.keptVoucher.id, invoices.ongoingVoucher.id, invoices.heldVoucher.id].sort(),
    );
    expect(await db.invoiceLine.count({ where: { invoiceId: invoices.dueVoucher.id } })).toBe(0);
    expect(await db.invoiceLine.count({ where: { invoiceId: invoices.keptVoucher.id } })).toBe(2);
    const contactIds = (await db.marketingContact.findMany({ select: { id: true } }))
      .map((c) => c.id)
      .sort();
    expect(contactIds).toEqual([contacts.activeContact.id, contacts.customerContact.id].sort());
    expect(
      await db.marketingPermission.count({
        where: {
          contactId: { in: [contacts.lapsedContact.id, contacts.formerCustomerContact.id] },
        },
      }),
    ).toBe(0);
    expect(
      await db.marketingPermissionEvent.count({
        where: {
          contactId: { in: [contacts.lapsedContact.id, contacts.formerCustomerContact.id] },
        },
      }),
    ).toBe(0);
    // The accuracy restriction had nothing left to restrict once its record was gone.
    expect(
      (await db.restriction.findUniqueOrThrow({ where: { id: scenario.accuracyRestriction.id } }))
        .liftedAt,
    ).toEqual(SCENARIO_TODAY);

    expect(result.totals.kept).toEqual({
      invoice: {
        retention_period_running: 1,
        customer_relationship_ongoing: 1,
        restriction_requires_keeping: 1,
      },
      customer: {
        retention_period_running: 1,
        customer_relationship_ongoing: 1,
        restriction_requires_keeping: 2,
      },
      marketing_contact: { retention_period_running: 1, customer_relationship_ongoing: 1 },
    });

    const audit = await retentionAudit(app.ctx);
    expect(audit).toHaveLength(scenario.expected.length);
    for (const expected of scenario.expected) {
      const entries = audit.filter((entry) => entry.recordId === expected.recordId);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actorType: 'system',
        action: expected.action === 'delete' ? 'retention.delete' : 'retention.anonymise',
        recordType: expected.recordType,
        details: {
          runId: result.runId,
          ruleId: expected.ruleId,
          deletableSince: expected.deletableSince,
        },
      });
    }
    const personalValues = [
      ...Object.values(customers).flatMap((c) => [
        c.firstName,
        c.lastName,
        c.email,
        c.company,
        c.streetAddress,
      ]),
      ...Object.values(contacts).flatMap((c) => [c.firstName, c.lastName, c.email]),
      ...Object.values(invoices).flatMap((i) => [i.billingName, i.billingAddress, i.number]),
    ].filter((v): v is string => typeof v === 'string');
    const auditText = JSON.stringify(audit);
    for (const value of personalValues) expect(auditText).not.toContain(value);
    expect(await verifyAuditChain(app.ctx.db)).toMatchObject({ isIntact: true, problems: [] });

    const run = await db.retentionRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({
      isDryRun: false,
      lockedBy: null,
      deletedCount: 6,
      startedAt: SCENARIO_TODAY,
      finishedAt: SCENARIO_TODAY,
    });
    expect(JSON.parse(run.summary ?? '{}')).toMatchObject({
      status: 'completed',
      today: '2026-03-02',
      totals: {
        deleted: { invoice: 1, customer: 3, marketing_contact: 2 },
        anonymised: { customer: 1 },
      },
      itemsTruncated: false,
    });
  });

  it('when a customer’s vouchers outlive its five years, the row is anonymised, left alone through 31 December 2026 and deleted with the voucher on 1 January 2027', async () => {
    const db = app.ctx.db.prisma;
    const customer = await createCustomer(db, { relationshipEndedOn: '2020-06-30', orders: 1 });
    const invoice = await createInvoice(db, {
      customerId: customer.id,
      financialYearEnd: '2020-12-31',
    });

    const first = completed(await runRetention(app.ctx, { dryRun: false }));
    expect(first.items).toEqual([
      expect.objectContaining({
        recordId: customer.id,
        action: 'anonymise',
        reason: 'vouchers_still_kept',
        deletableSince: '2025-07-01',
      }),
    ]);
    expect(await db.invoice.count({ where: { id: invoice.id } })).toBe(1);

    app.clock.set(new Date('2026-12-31T12:00:00Z'));
    const second = completed(await runRetention(app.ctx, { dryRun: false }));
    expect(second.items).toEqual([]);
    expect(second.totals.kept.customer).toEqual({ awaiting_vouchers: 1 });
    expect(second.totals.kept.invoice).toEqual({ retention_period_running: 1 });

    app.clock.set(new Date('2027-01-01T08:00:00Z'));
    const third = completed(await runRetention(app.ctx, { dryRun: false }));
    expect(third.items).toEqual([
      {
        recordType: 'invoice',
        recordId: invoice.id,
        action: 'delete',
        ruleId: 'accounting_vouchers',
        deletableSince: '2027-01-01',
        reason: 'retention_period_expired',
      },
      {
        recordType: 'customer',
        recordId: customer.id,
        action: 'delete',
        ruleId: 'customer_data',
        deletableSince: '2025-07-01',
        reason: 'retention_period_expired',
      },
    ]);
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(0);
    expect(await db.invoice.count({ where: { id: invoice.id } })).toBe(0);
    expect(await db.invoiceLine.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect((await retentionAudit(app.ctx)).map((e) => [e.action, e.recordId])).toEqual([
      ['retention.anonymise', customer.id],
      ['retention.delete', invoice.id],
      ['retention.delete', customer.id],
    ]);
    expect((await verifyAuditChain(app.ctx.db)).isIntact).toBe(true);
  });

  it('when an erasure anonymised a customer and put its voucher on an Art. 17(3)(b) hold, both go once the voucher period ends, not five years after the erasure', async () => {
    const db = app.ctx.db.prisma;
    // As applyErasure leaves it: relationship ended on the erasure day, row anonymised, voucher on hold.
    const customer = await createCustomer(db, {
      relationshipEndedOn: '2026-02-01',
      anonymizedAt: new Date('2026-02-01T10:00:00Z'),
    });
    const invoice = await createInvoice(db, {
      customerId: customer.id,
      financialYearEnd: '2020-12-31',
    });
    const hold = await createRestriction(db, {
      recordType: 'invoice',
      recordId: invoice.id,
      ground: 'legal_hold_17_3_b',
    });

    expect(completed(await runRetention(app.ctx, { dryRun: false })).items).toEqual([]);

    app.clock.set(new Date('2027-01-01T08:00:00Z'));
    const result = completed(await runRetention(app.ctx, { dryRun: false }));

    expect(result.items).toEqual([
      expect.objectContaining({
        recordType: 'invoice',
        recordId: invoice.id,
        action: 'delete',
        ruleId: 'accounting_vouchers',
        deletableSince: '2027-01-01',
      }),
      expect.objectContaining({
        recordType: 'customer',
        recordId: customer.id,
        action: 'delete',
        reason: 'anonymised_without_vouchers',
        deletableSince: '2026-02-01',
      }),
    ]);
    expect(
      (await db.restriction.findUniqueOrThrow({ where: { id: hold.id } })).liftedAt,
    ).not.toBeNull();
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(0);
  });

  it('when the run is a dry run, nothing changes and it lists exactly what the real run then deletes', async () => {
    const db = app.ctx.db.prisma;
    const scenario = await seedRetentionScenario(db);
    const before = await countRegisterRows(db);
    const customersBefore = await db.customer.findMany({ orderBy: { id: 'asc' } });

    const dry = completed(await runRetention(app.ctx, { dryRun: true }));

    expect(await countRegisterRows(db)).toEqual(before);
    expect(await db.customer.findMany({ orderBy: { id: 'asc' } })).toEqual(customersBefore);
    expect(sortItems(dry.items)).toEqual(sortItems(scenario.expected));
    const dryRow = await db.retentionRun.findUniqueOrThrow({ where: { id: dry.runId } });
    expect(dryRow).toMatchObject({ isDryRun: true, lockedBy: null, deletedCount: 6 });
    expect(dryRow.finishedAt).not.toBeNull();

    const real = completed(await runRetention(app.ctx, { dryRun: false }));
    expect(sortItems(real.items)).toEqual(sortItems(dry.items));
    expect(real.totals).toEqual(dry.totals);
  });

  it('when a dry run looks at a future date, it reports what will be due then without deleting anything', async () => {
    const db = app.ctx.db.prisma;
    const customer = await createCustomer(db, { relationshipEndedOn: '2022-05-01' });

    const now = completed(await runRetention(app.ctx, { dryRun: true }));
    const later = completed(await runRetention(app.ctx, { dryRun: true, today: '2027-05-02' }));

    expect(now.items).toEqual([]);
    expect(later.items).toEqual([
      expect.objectContaining({
        recordId: customer.id,
        action: 'delete',
        deletableSince: '2027-05-02',
      }),
    ]);
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(1);
  });

  it('when a real run is asked to evaluate on a date after today, it refuses before touching anything', async () => {
    await createCustomer(app.ctx.db.prisma, { relationshipEndedOn: '2022-05-01' });

    await expect(runRetention(app.ctx, { dryRun: false, today: '2027-05-02' })).rejects.toThrow(
      'A retention run that deletes cannot evaluate on 2027-05-02, after today (2026-03-02)',
    );
    expect(await app.ctx.db.prisma.retentionRun.count()).toBe(0);
  });

  it('when a copy of the register description shortens the marketing period to two years, the next run deletes by it with no code change', async () => {
    const db = app.ctx.db.prisma;
    const contact = await createMarketingContact(db, { lastActivityOn: '2023-09-01' });
    const customer = await createCustomer(db, { relationshipEndedOn: '2022-05-01' });
    const description = structuredClone(app.ctx.registerDescription);
    for (const register of description.registers) {
      for (const rule of register.retention) {
        if (rule.appliesTo === 'marketing_contact') rule.years = 2;
        if (rule.appliesTo === 'customer') rule.years = 3;
      }
    }
    const shortened: AppContext = { ...app.ctx, registerDescription: description };

    const withShipped = completed(await runRetention(app.ctx, { dryRun: true }));
    const withCopy = completed(await runRetention(shortened, { dryRun: false }));

    expect(withShipped.items).toEqual([]);
    expect(sortItems(withCopy.items)).toEqual(
      sortItems([
        {
          recordType: 'marketing_contact',
          recordId: contact.id,
          action: 'delete',
          ruleId: 'marketing_contact',
          deletableSince: '2025-09-02',
          reason: 'retention_period_expired',
        },
        {
          recordType: 'customer',
          recordId: customer.id,
          action: 'delete',
          ruleId: 'customer_data',
          deletableSince: '2025-05-02',
          reason: 'retention_period_expired',
        },
      ]),
    );
  });

  it('when a run stops after its first batch, a rerun finishes the rest and no record is deleted or audited twice', async () => {
    const db = app.ctx.db.prisma;
    const due = [
      ...(await Promise.all(
        [1, 2, 3].map(() => createCustomer(db, { relationshipEndedOn: '2015-01-01', orders: 1 })),
      )),
      ...(await Promise.all(
        [1, 2, 3, 4].map(() => createMarketingContact(db, { lastActivityOn: '2020-01-01' })),
      )),
    ].map((r) => r.id);

    await expect(
      runRetention(app.ctx, {
        dryRun: false,
        batchSize: 2,
        onBatchCommitted: () => {
          throw new Error('worker killed after the first batch');
        },
      }),
    ).rejects.toThrow('worker killed after the first batch');

    const interrupted = await db.retentionRun.findFirstOrThrow({ orderBy: { startedAt: 'asc' } });
    expect(interrupted).toMatchObject({ lockedBy: null, deletedCount: 2 });
    expect(JSON.parse(interrupted.summary ?? '{}')).toMatchObject({
      status: 'interrupted',
      error: 'Error',
    });
    const afterCrash = await retentionAudit(app.ctx);
    expect(afterCrash).toHaveLength(2);

    const rerun = completed(await runRetention(app.ctx, { dryRun: false, batchSize: 2 }));

    const firstIds = afterCrash.map((e) => e.recordId);
    const rerunIds = rerun.items.map((i) => i.recordId);
    expect(rerunIds.filter((id) => firstIds.includes(id))).toEqual([]);
    expect([...firstIds, ...rerunIds].sort()).toEqual([...due].sort());
    const audit = await retentionAudit(app.ctx);
    expect(audit.map((e) => e.recordId).sort()).toEqual([...due].sort());
    expect(await db.customer.count()).toBe(0);
    expect(await db.marketingContact.count()).toBe(0);
    expect((await verifyAuditChain(app.ctx.db)).isIntact).toBe(true);
  });

  it('when another worker holds a live lock, a second run does nothing; a lock whose holder stopped beating is taken over', async () => {
    const db = app.ctx.db.prisma;
    const customer = await createCustomer(db, { relationshipEndedOn: '2015-01-01' });
    const heartbeat = (minutesAgo: number) =>
      JSON.stringify({
        status: 'running',
        heartbeatAt: new Date(SCENARIO_TODAY.getTime() - minutesAgo * 60_000).toISOString(),
      });
    const holder = await db.retentionRun.create({
      data: {
        startedAt: new Date('2026-03-02T08:00:00Z'),
        isDryRun: false,
        lockedBy: 'worker-a',
        summary: heartbeat(1),
      },
    });

    const blocked = await runRetention(app.ctx, { dryRun: false, workerId: 'worker-b' });
    expect(blocked).toMatchObject({
      status: 'already_running',
      runId: holder.id,
      lockedBy: 'worker-a',
    });
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(1);

    await db.retentionRun.update({ where: { id: holder.id }, data: { summary: heartbeat(16) } });
    const takeover = completed(
      await runRetention(app.ctx, { dryRun: false, workerId: 'worker-b' }),
    );

    expect(takeover.items.map((i) => i.recordId)).toEqual([customer.id]);
    const abandoned = await db.retentionRun.findUniqueOrThrow({ where: { id: holder.id } });
    expect(abandoned).toMatchObject({ lockedBy: null, finishedAt: SCENARIO_TODAY });
    expect(JSON.parse(abandoned.summary ?? '{}')).toMatchObject({ status: 'abandoned' });
  });

  it('when two runs start together, the one that starts second finds the first mid-run and stands aside', async () => {
    const db = app.ctx.db.prisma;
    await Promise.all(
      [1, 2, 3].map(() => createMarketingContact(db, { lastActivityOn: '2020-01-01' })),
    );
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reachedFirstBatch!: () => void;
    const firstBatchDone = new Promise<void>((resolve) => {
      reachedFirstBatch = resolve;
    });

    const first = runRetention(app.ctx, {
      dryRun: false,
      batchSize: 1,
      workerId: 'worker-a',
      onBatchCommitted: async ({ batchNumber }) => {
        if (batchNumber === 1) {
          reachedFirstBatch();
          await released;
        }
      },
    });
    await firstBatchDone;
    const second = await runRetention(app.ctx, { dryRun: false, workerId: 'worker-b' });
    release();

    expect(second).toMatchObject({ status: 'already_running', lockedBy: 'worker-a' });
    expect(completed(await first).deletedCount).toBe(3);
    expect(await db.retentionRun.count({ where: { lockedBy: { not: null } } })).toBe(0);
  });
});
