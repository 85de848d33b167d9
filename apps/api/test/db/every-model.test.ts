// Proves the hand-kept migration SQL matches prisma/schema.prisma on both
// databases: every model and relation is written and read back through Prisma Client.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAuditChainKeys } from '../../src/config/audit-chain-key';
import { loadEnv } from '../../src/config/env';
import { createDatabase, type Database } from '../../src/db/client';
import { migrate } from '../../src/db/migrate';
import { inTransaction } from '../../src/db/transaction';
import { appendAuditEntry } from '../../src/features/audit/append-audit-entry';
import { createLogger } from '../../src/logger';
import { testDatabaseUrl, testProviders } from '../support/test-database';

describe.each(testProviders)('every model on %s', (provider) => {
  let db: Database;
  beforeAll(async () => {
    const url = testDatabaseUrl(provider);
    await migrate(url);
    db = createDatabase(url, createLogger('silent'), {
      // The same key as every app of this run: the PostgreSQL database is shared.
      auditKeys: resolveAuditChainKeys(loadEnv({})),
    });
  });
  afterAll(async () => {
    await db.close();
  });

  it('when every model is created with its relations, it reads back unchanged', async () => {
    const p = db.prisma;
    const u = randomUUID().slice(0, 8);
    const at = new Date('2026-01-15T10:30:00.123Z');
    const customer = await p.customer.create({
      data: {
        firstName: 'Aino',
        lastName: `Virtanen-${u}`,
        company: 'Virtanen Oy',
        streetAddress: 'Hämeenkatu 1',
        postalCode: '13100',
        city: 'Hämeenlinna',
        phone: '+358401234567',
        email: `aino.${u}@example.fi`,
        relationshipStartedOn: new Date('2019-05-01T00:00:00Z'),
        source: 'contract',
        externalId: `crm-${u}`,
        sourceDetail: 'CRM export',
        orders: {
          create: {
            externalId: `ord-${u}`,
            sourceDetail: 'CRM export',
            serviceName: 'Kotisivupaketti',
            orderedAt: at,
            startsOn: at,
            priceCents: 4900,
            source: 'web_form',
            changes: {
              create: {
                externalId: `chg-${u}`,
                sourceDetail: 'CRM export',
                changedAt: at,
                changeType: 'created',
                description: 'Tilattu',
                source: 'web_form',
              },
            },
          },
        },
        invoices: {
          create: {
            number: `INV-${u}`,
            externalId: `inv-${u}`,
            source: 'contract',
            sourceDetail: 'Accounting',
            issuedOn: at,
            dueOn: at,
            financialYearEnd: new Date('2026-12-31T00:00:00Z'),
            netCents: 4900,
            vatCents: 1250,
            totalCents: 6150,
            billingName: 'Aino Virtanen',
            lines: {
              create: [
                {
                  lineNo: 1,
                  description: 'Kotisivupaketti',
                  quantity: 1,
                  unitPriceCents: 4900,
                  vatRateBp: 2550,
                  netCents: 4900,
                },
              ],
            },
          },
        },
      },
    });
    const contact = await p.marketingContact.create({
      data: {
        customerId: customer.id,
        firstName: 'Aino',
        lastName: `Virtanen-${u}`,
        email: `aino.${u}@example.fi`,
        source: 'web_form',
        externalId: `nl-${u}`,
        sourceDetail: 'Newsletter tool',
        lastActivityOn: at,
        permissions: {
          create: { channel: 'email', decision: 'granted', decidedAt: at, method: 'web_form' },
        },
        history: {
          create: {
            channel: 'email',
            decision: 'granted',
            decidedAt: at,
            method: 'letter',
            externalId: `pe-${u}`,
            sourceDetail: 'Letter of 12 Jan',
            recordedById: 'staff-id',
          },
        },
      },
    });
    await p.marketingSuppression.create({
      data: { valueHash: `h-${u}`, kind: 'email', reason: 'erasure' },
    });
    await p.restriction.create({
      data: {
        recordType: 'invoice',
        recordId: customer.id,
        ground: 'legal_hold_17_3_b',
        reason: 'Kirjanpitolaki',
        setAt: at,
      },
    });
    const staff = await p.staffUser.create({
      data: {
        email: `handler.${u}@inope.fi`,
        name: 'Niina',
        role: 'handler',
        passwordHash: 'x',
        mailNewRequests: 'all',
        mailMessages: 'own',
        mailReminders: 'none',
        mailDigest: true,
        mustSetPassword: true,
      },
    });
    await p.staffPasswordToken.create({
      data: {
        staffUserId: staff.id,
        purpose: 'invitation',
        tokenHash: `th-${u}`,
        createdAt: at,
        expiresAt: at,
        createdById: staff.id,
      },
    });
    expect(
      await p.staffUser.findUniqueOrThrow({
        where: { id: staff.id },
        select: {
          mailNewRequests: true,
          mailMessages: true,
          mailReminders: true,
          mailDigest: true,
          mustSetPassword: true,
          passwordTokens: { select: { purpose: true, usedAt: true, tokenHash: true } },
        },
      }),
    ).toEqual({
      mailNewRequests: 'all',
      mailMessages: 'own',
      mailReminders: 'none',
      mailDigest: true,
      mustSetPassword: true,
      passwordTokens: [{ purpose: 'invitation', usedAt: null, tokenHash: `th-${u}` }],
    });
    const account = await p.account.create({
      data: { email: `aino.${u}@example.fi`, name: 'Aino Virtanen', locale: 'sv', signedUpAt: at },
    });
    await p.loginChallenge.create({
      data: {
        email: account.email,
        purpose: 'sign_in',
        codeHash: 'c',
        linkTokenHash: `l-${u}`,
        clientKey: 'k',
        expiresAt: at,
      },
    });
    await p.subjectSession.create({
      data: { id: randomUUID(), accountId: account.id, createdAt: at, expiresAt: at },
    });
    const staffSession = await p.staffSession.create({
      data: {
        id: randomUUID(),
        staffUserId: staff.id,
        createdAt: at,
        lastSeenAt: at,
        expiresAt: at,
        userAgent: 'Firefox',
      },
    });
    expect(
      await p.staffUser.findFirst({
        where: { id: staff.id, sessions: { some: { id: staffSession.id, revokedAt: null } } },
        select: { id: true },
      }),
    ).toEqual({ id: staff.id });
    expect(await p.subjectSession.count({ where: { accountId: account.id } })).toBe(1);
    const request = await p.rightsRequest.create({
      data: {
        reference: `OIK-${u}`,
        accountId: account.id,
        type: 'access',
        targetsCustomerRegister: true,
        targetsMarketingRegister: false,
        details: '{}',
        locale: 'sv',
        receivedAt: at,
        channel: 'letter',
        enteredById: staff.id,
        requesterPostalAddress: 'Hämeenkatu 1, 13100 Hämeenlinna',
        dueDate: '2026-02-16',
        targetDate: '2026-02-09',
        assigneeId: staff.id,
        suspensions: { create: { startedAt: at, reason: 'identity' } },
        events: {
          create: {
            type: 'submitted',
            actorType: 'subject',
            isVisibleToSubject: true,
            createdAt: at,
          },
        },
        recordLinks: {
          create: {
            recordType: 'customer',
            recordId: customer.id,
            matchScore: 90,
            confirmedById: staff.id,
            confirmedAt: at,
          },
        },
        recipientNotices: {
          create: {
            recipientName: 'Printing Oy',
            notifiedAt: at,
            method: 'email',
            staffId: staff.id,
          },
        },
        reminders: {
          create: { key: `r-${u}`, kind: 'target', dueDate: '2026-02-09', createdAt: at },
        },
      },
    });
    const message = await p.requestMessage.create({
      data: { requestId: request.id, authorType: 'subject', body: 'Hej', createdAt: at },
    });
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    await p.attachment.create({
      data: {
        requestId: request.id,
        messageId: message.id,
        fileName: 'id.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: 'abc',
        content: bytes,
        createdAt: at,
      },
    });
    // A deleted file keeps its row: when and why it went, without the content.
    await p.attachment.create({
      data: {
        requestId: request.id,
        messageId: message.id,
        fileName: 'passi.jpg',
        contentType: 'image/jpeg',
        size: 1234,
        sha256: 'def',
        content: new Uint8Array(0),
        createdAt: at,
        deletedAt: at,
        deletedReason: 'identity_verified',
      },
    });
    const exp = await p.export.create({
      data: {
        requestId: request.id,
        kind: 'access',
        status: 'ready',
        fileName: 'x.zip',
        createdAt: at,
      },
    });
    await p.exportChunk.create({ data: { exportId: exp.id, seq: 0, data: bytes } });
    const a1 = await inTransaction(db, (tx) =>
      appendAuditEntry(tx, db, {
        at,
        actorType: 'system',
        action: 'request.started',
        requestId: request.id,
      }),
    );
    const a2 = await inTransaction(db, (tx) =>
      appendAuditEntry(tx, db, {
        at,
        actorType: 'system',
        action: 'settings.updated',
        details: { ok: true },
      }),
    );
    expect(a2.seq).toBeGreaterThan(a1.seq);
    const stored = await p.auditEntry.findUniqueOrThrow({ where: { seq: a2.seq } });
    expect(stored.prevHash).not.toBe(stored.hash);
    await p.auditRecordRef.create({
      data: { auditSeq: a2.seq, recordType: 'customer', recordId: `c-${u}` },
    });
    expect(
      await p.auditRecordRef.findMany({
        where: { recordId: `c-${u}` },
        select: { auditSeq: true },
      }),
    ).toEqual([{ auditSeq: a2.seq }]);
    await p.outboxMessage.create({
      data: {
        template: 't',
        toAddress: 'x@example.fi',
        locale: 'fi',
        subject: 's',
        textBody: 't',
        htmlBody: 'h',
        nextAttemptAt: at,
        createdAt: at,
        dedupeKey: `d-${u}`,
      },
    });
    await p.localMail.create({
      data: {
        toAddress: 'x@example.fi',
        subject: 's',
        textBody: 't',
        htmlBody: 'h',
        messageId: 'm',
        createdAt: at,
      },
    });
    await p.registerReview.create({ data: { registerId: 'customer', reviewedAt: at } });
    await p.retentionRun.create({ data: { startedAt: at, isDryRun: true } });
    await p.setting.upsert({
      where: { key: `k-${u}` },
      create: { key: `k-${u}`, value: '{}' },
      update: {},
    });
    const bucket = await p.rateLimitBucket.create({
      data: { key: `rl-${u}`, hits: 3, resetAt: BigInt(at.getTime()) + 900_000n },
    });
    expect(bucket).toEqual({ key: `rl-${u}`, hits: 3, resetAt: BigInt(at.getTime()) + 900_000n });
    const tombstone = await p.erasedRecordTombstone.create({
      data: { recordType: 'customer', externalIdHash: `eh-${u}`, erasedAt: at },
    });
    expect(tombstone.recordType).toBe('customer');
    const apiKey = await p.apiKey.create({
      data: {
        name: 'CRM',
        prefix: `p${u}`,
        secretHash: 'h',
        recordTypes: '["customers"]',
        access: 'write',
        expiresAt: at,
        lastUsedAt: at,
        createdById: staff.id,
        createdAt: at,
      },
    });
    expect((await p.apiKey.findUniqueOrThrow({ where: { prefix: `p${u}` } })).id).toBe(apiKey.id);
    const run = await p.registerSyncRun.create({
      data: {
        kind: 'import',
        recordType: 'customers',
        source: 'contract',
        sourceDetail: 'CRM',
        fileName: 'customers.csv',
        status: 'completed',
        counts: '{"created":1}',
        startedAt: at,
        finishedAt: at,
      },
    });
    expect(run.isDryRun).toBe(false);
    await p.syncIdempotencyKey.create({
      data: {
        apiKeyId: apiKey.id,
        key: `idem-${u}`,
        requestHash: 'h',
        status: 200,
        response: '{}',
        createdAt: at,
      },
    });

    const back = await p.rightsRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: {
        account: true,
        assignee: true,
        suspensions: true,
        events: true,
        messages: { include: { attachments: true } },
        recordLinks: true,
        recipientNotices: true,
        exports: { include: { chunks: true } },
        reminders: true,
      },
    });
    expect(back.status).toBe('received');
    expect(back.version).toBe(1);
    expect(back.receivedAt.toISOString()).toBe(at.toISOString());
    expect(back.account.locale).toBe('sv');
    expect(back.account.signedUpAt?.toISOString()).toBe(at.toISOString());
    expect([back.channel, back.enteredById, back.requesterPostalAddress]).toEqual([
      'letter',
      staff.id,
      'Hämeenkatu 1, 13100 Hämeenlinna',
    ]);
    expect(back.assignee?.role).toBe('handler');
    expect(back.suspensions[0]?.endedAt).toBeNull();
    const [kept, deleted] = [...(back.messages[0]?.attachments ?? [])].sort((a, b) =>
      a.fileName.localeCompare(b.fileName),
    );
    expect(kept?.content).toEqual(bytes);
    expect(kept?.deletedAt).toBeNull();
    expect(deleted).toMatchObject({ deletedReason: 'identity_verified', size: 1234 });
    expect(deleted?.deletedAt?.toISOString()).toBe(at.toISOString());
    expect(deleted?.content).toHaveLength(0);
    expect(back.exports[0]?.chunks[0]?.data).toEqual(bytes);
    expect([
      back.events.length,
      back.recordLinks.length,
      back.recipientNotices.length,
      back.reminders.length,
    ]).toEqual([1, 1, 1, 1]);

    const full = await p.customer.findUniqueOrThrow({
      where: { id: customer.id },
      include: {
        orders: { include: { changes: true } },
        invoices: { include: { lines: true } },
        marketingContacts: true,
      },
    });
    expect(full.country).toBe('FI');
    expect([full.externalId, full.sourceDetail]).toEqual([`crm-${u}`, 'CRM export']);
    expect(full.orders[0]?.externalId).toBe(`ord-${u}`);
    expect(full.orders[0]?.changes[0]?.externalId).toBe(`chg-${u}`);
    expect([full.invoices[0]?.externalId, full.invoices[0]?.source]).toEqual([
      `inv-${u}`,
      'contract',
    ]);
    expect(full.orders[0]?.changes[0]?.changeType).toBe('created');
    expect(full.invoices[0]?.lines[0]?.vatRateBp).toBe(2550);
    expect(full.marketingContacts[0]?.id).toBe(contact.id);
    const perms = await p.marketingPermission.findMany({
      where: { contactId: contact.id },
      include: { contact: true },
    });
    expect(perms[0]?.decision).toBe('granted');
    expect(await p.marketingPermissionEvent.count({ where: { contactId: contact.id } })).toBe(1);
    const event = await p.marketingPermissionEvent.findFirstOrThrow({
      where: { contactId: contact.id },
    });
    expect([event.method, event.externalId, event.recordedById]).toEqual([
      'letter',
      `pe-${u}`,
      'staff-id',
    ]);
  });

  it('when a customer still has accounting vouchers, deleting the customer is refused by the database', async () => {
    const u = randomUUID().slice(0, 8);
    const c = await db.prisma.customer.create({
      data: {
        firstName: 'Eero',
        lastName: u,
        relationshipStartedOn: new Date('2020-01-01T00:00:00Z'),
        source: 'email',
        invoices: {
          create: {
            number: `INV-R-${u}`,
            issuedOn: new Date(),
            dueOn: new Date(),
            financialYearEnd: new Date('2020-12-31T00:00:00Z'),
            netCents: 1,
            vatCents: 0,
            totalCents: 1,
            billingName: 'Eero',
          },
        },
      },
    });
    await expect(db.prisma.customer.delete({ where: { id: c.id } })).rejects.toThrow();
    expect(await db.prisma.customer.count({ where: { id: c.id } })).toBe(1);
  });

  it('when two rows share a unique key, the second insert is refused', async () => {
    const key = `dup-${randomUUID()}`;
    const data = { key, kind: 'target', dueDate: '2026-01-01', createdAt: new Date() };
    await db.prisma.reminder.create({ data });
    await expect(db.prisma.reminder.create({ data })).rejects.toThrow();
  });
});
