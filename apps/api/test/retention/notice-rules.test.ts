// Issue #16: retention follows the published notice. A former customer's
// marketing contact goes with the customer's data (relationship end + 5
// years), a contact with no customer waits for the two-yearly review, and a
// contact that carries a prohibition leaves a suppression entry behind.
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suppressionHash } from '../../src/registers/suppression-hash';
import { runRetention, type RunRetentionResult } from '../../src/features/retention/run-retention';
import { seedRegisters } from '../../src/features/seed/seed-registers';
import { callConsole, signInStaff } from '../support/console-sign-in';
import { createCustomer, createMarketingContact } from '../support/retention-factories';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

function completed(result: RunRetentionResult) {
  if (result.status !== 'completed')
    throw new Error(`expected a completed run, got ${result.status}`);
  return result;
}

describe.each(testProviders)('retention under the published notice on %s', (provider) => {
  let app: RetentionTestApp;
  beforeEach(async () => {
    app = await startRetentionTestApp(provider, new Date('2028-09-01T09:00:00Z'));
  });
  afterEach(() => app.dispose());

  it('when a customer left in 2022, their marketing contact is deleted with them after five years; a contact without a customer is kept for the review', async () => {
    const db = app.ctx.db.prisma;
    const left = await createCustomer(db, { relationshipEndedOn: '2022-06-30' });
    const former = await createMarketingContact(db, {
      lastActivityOn: '2028-01-01',
      customerId: left.id,
    });
    const subscriber = await createMarketingContact(db, { lastActivityOn: '2015-01-01' });

    const dry = completed(await runRetention(app.ctx, { dryRun: true, today: '2027-06-30' }));
    expect(dry.items.filter((i) => i.recordType === 'marketing_contact')).toEqual([]);

    const result = completed(await runRetention(app.ctx, { dryRun: false }));
    expect(result.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordType: 'marketing_contact',
          recordId: former.id,
          action: 'delete',
          ruleId: 'marketing_contact',
          deletableSince: '2027-07-01',
        }),
        expect.objectContaining({ recordType: 'customer', recordId: left.id, action: 'delete' }),
      ]),
    );
    expect(await db.marketingContact.count({ where: { id: former.id } })).toBe(0);
    expect(await db.marketingContact.count({ where: { id: subscriber.id } })).toBe(1);
    expect(result.totals.kept.marketing_contact).toEqual({ awaiting_review: 1 });
  });

  it('on the demo data, a dry run on 2028-09-01 no longer keeps the contacts of customers whose relationship ended five years before', async () => {
    await seedRegisters(app.ctx.env.DATABASE_URL, {
      customers: 50,
      now: new Date('2026-12-01T09:00:00Z'),
    });
    const db = app.ctx.db.prisma;
    const formerContacts = await db.marketingContact.findMany({
      where: { customer: { relationshipEndedOn: { lte: new Date('2023-08-31T00:00:00Z') } } },
      select: { id: true },
    });
    expect(formerContacts.length).toBeGreaterThan(0);

    const dry = completed(await runRetention(app.ctx, { dryRun: true, today: '2028-09-01' }));

    const listed = new Set(
      dry.items.filter((i) => i.recordType === 'marketing_contact').map((i) => i.recordId),
    );
    for (const contact of formerContacts) expect(listed.has(contact.id)).toBe(true);
  });

  it('when retention deletes a contact carrying a prohibition, its suppression entry is recorded first, under the suppression key and not the session secret', async () => {
    const db = app.ctx.db.prisma;
    const left = await createCustomer(db, { relationshipEndedOn: '2020-01-31' });
    const contact = await createMarketingContact(db, {
      lastActivityOn: '2021-01-01',
      customerId: left.id,
    });
    await db.marketingPermission.updateMany({
      where: { contactId: contact.id },
      data: { decision: 'prohibited' },
    });
    const email = contact.email ?? '';

    completed(await runRetention(app.ctx, { dryRun: false }));

    expect(await db.marketingContact.count({ where: { id: contact.id } })).toBe(0);
    const entries = await db.marketingSuppression.findMany({
      where: { reason: 'retention_prohibition_kept' },
    });
    expect(entries.map((e) => e.valueHash)).toEqual([suppressionHash(app.ctx, 'email', email)]);
    const withSessionSecret = createHmac('sha256', app.ctx.secret)
      .update(`email:${email.toLowerCase()}`)
      .digest('hex');
    expect(entries[0]?.valueHash).not.toBe(withSessionSecret);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: 'retention.delete', recordId: contact.id },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ suppressionsRecorded: ['email'] });

    // Re-added later from another source, the person is left out of the audience.
    await db.marketingContact.create({
      data: {
        firstName: 'Palannut',
        lastName: 'Henkilö',
        email: email.toUpperCase(),
        source: 'public_source',
        lastActivityOn: new Date('2028-08-01T00:00:00Z'),
        permissions: {
          create: {
            channel: 'email',
            decision: 'granted',
            decidedAt: new Date('2028-08-01T00:00:00Z'),
            method: 'public_source',
          },
        },
      },
    });
    const staff = await signInStaff(app, 'handler');
    const audience = await callConsole<{ items: Array<{ email: string | null }> }>(
      app,
      'GET',
      '/api/console/marketing-audience?channel=email',
      { cookie: staff.cookie },
    );
    expect(audience.status).toBe(200);
    expect(audience.body.items.map((i) => i.email?.toLowerCase())).not.toContain(
      email.toLowerCase(),
    );
  });
});
