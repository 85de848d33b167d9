import type {
  ApplyErasureResult,
  ConsoleRequestDetail,
  ErasurePlan,
  LetterPreview,
  MarketingAudience,
  RectificationPreview,
  WriteResult,
} from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suppressionHash } from '../../src/registers/suppression-hash';
import {
  createCustomer,
  createInvoice,
  createMarketingContact,
  createRightsRequest,
  createServiceOrder,
} from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');

describe.each(testProviders)('register actions on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;
  beforeAll(async () => {
    app = await startTestApp(provider, { now: NOW });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  const get = <T>(path: string, locale?: string) =>
    callConsole<T>(app, 'GET', path, { cookie: handler.cookie, ...(locale ? { locale } : {}) });
  const post = <T = WriteResult>(path: string, body: unknown, locale?: string) =>
    callConsole<T>(app, 'POST', path, {
      cookie: handler.cookie,
      body,
      ...(locale ? { locale } : {}),
    });
  const prisma = () => app.ctx.db.prisma;

  /** Confirms records over HTTP, as the handler does; returns the new version. */
  async function confirm(
    requestId: string,
    version: number,
    records: Array<{ recordType: 'customer' | 'marketing_contact'; recordId: string }>,
  ) {
    const res = await post(`/api/console/requests/${requestId}/records`, {
      version,
      confirm: records.map((r) => ({ ...r, matchScore: 100 })),
    });
    expect(res.status).toBe(200);
    return res.body.version;
  }

  async function audience(channel: string) {
    const res = await get<MarketingAudience>(`/api/console/marketing-audience?channel=${channel}`);
    expect(res.status).toBe(200);
    return res.body.items.map((i) => i.id);
  }

  it('when erasure meets vouchers still under the Accounting Act, they are kept and restricted, the customer is anonymised, and marketing is suppressed', async () => {
    const request = await createRightsRequest(app, { type: 'erasure', locale: 'en' });
    const customer = await createCustomer(app, {
      email: request.account.email,
      phone: '040 111 2233',
    });
    const order = await createServiceOrder(app, customer.id);
    // Financial year ended 2018 → kept through 2024 → deletable from 2025-01-01: goes now.
    const oldInvoice = await createInvoice(app, customer.id, '2018-12-31');
    // Financial year ended 2023 → kept through 2029 → deletable from 2030-01-01: kept.
    const recentInvoice = await createInvoice(app, customer.id, '2023-12-31');
    const contact = await createMarketingContact(app, {
      email: request.account.email.toUpperCase(),
      phone: '+358 40 111 2233',
      customerId: customer.id,
    });
    const version = await confirm(request.id, 1, [
      { recordType: 'customer', recordId: customer.id },
      { recordType: 'marketing_contact', recordId: contact.id },
    ]);

    const preview = await get<ErasurePlan>(
      `/api/console/requests/${request.id}/erasure/preview`,
      'en',
    );
    expect(preview.status).toBe(200);
    expect(preview.body.customers).toEqual([
      expect.objectContaining({
        recordId: customer.id,
        action: 'anonymise',
        // The running order underlies the kept 2023 voucher: it is other
        // accounting material (Kirjanpitolaki 2:10) and is held with it (issue #16).
        serviceOrdersDeleted: 0,
        invoicesDeleted: 1,
        legalHolds: [
          expect.objectContaining({
            recordId: recentInvoice.id,
            financialYearEnd: '2023-12-31',
            deletableFrom: '2030-01-01',
            ground: 'legal_hold_17_3_b',
            explanation: expect.stringContaining('Article 17(3)(b)'),
          }),
        ],
        heldServiceOrders: [
          {
            recordId: order.id,
            serviceName: 'Ylläpito',
            changes: 1,
            invoiceNumbers: [recentInvoice.number],
            deletableFrom: '2030-01-01',
          },
        ],
      }),
    ]);
    expect(preview.body.marketingContacts).toEqual([
      expect.objectContaining({
        recordId: contact.id,
        action: 'delete',
        suppressions: ['email', 'phone'],
      }),
    ]);
    // The preview changed nothing.
    expect(await prisma().invoice.count({ where: { customerId: customer.id } })).toBe(2);

    const applied = await post<ApplyErasureResult>(
      `/api/console/requests/${request.id}/erasure`,
      { version },
      'en',
    );
    expect(applied.status).toBe(200);
    expect(applied.body.plan.explanation).toMatch(/17\(3\)\(b\)/);

    const row = await prisma().customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row).toMatchObject({
      firstName: '',
      lastName: '',
      email: null,
      phone: null,
      company: null,
      streetAddress: null,
      postalCode: null,
      city: null,
    });
    expect(row.anonymizedAt?.toISOString()).toBe(NOW.toISOString());

    // The anonymised row is marked in the handler's own UI language, not always in English.
    const labelIn = async (locale: string) => {
      const detail = await get<ConsoleRequestDetail>(`/api/console/requests/${request.id}`, locale);
      expect(detail.status).toBe(200);
      return detail.body.records.find((r) => r.recordId === customer.id)?.label;
    };
    expect(await labelIn('fi')).toBe('— (anonymisoitu)');
    expect(await labelIn('en')).toBe('— (anonymised)');
    const replan = await get<ErasurePlan>(
      `/api/console/requests/${request.id}/erasure/preview`,
      'sv',
    );
    expect(replan.body.customers).toEqual([
      expect.objectContaining({
        recordId: customer.id,
        label: '— (anonymiserad)',
        action: 'already_anonymised',
      }),
    ]);
    expect(await prisma().serviceOrder.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await prisma().invoice.findUnique({ where: { id: oldInvoice.id } })).toBeNull();
    expect(await prisma().invoiceLine.count({ where: { invoiceId: oldInvoice.id } })).toBe(0);
    expect(await prisma().serviceOrderChange.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      await prisma().restriction.findMany({
        where: { recordType: 'service_order', recordId: order.id, liftedAt: null },
        select: { ground: true, reason: true },
      }),
    ).toEqual([
      { ground: 'legal_hold_17_3_b', reason: expect.stringContaining('Deletable from 2030-01-01') },
    ]);
    expect(applied.body.plan.explanation).toContain('ordered service(s)');
    const kept = await prisma().invoice.findUniqueOrThrow({
      where: { id: recentInvoice.id },
      include: { lines: true },
    });
    expect(kept.lines).toHaveLength(1);
    const holds = await prisma().restriction.findMany({
      where: { recordType: 'invoice', recordId: recentInvoice.id, liftedAt: null },
    });
    expect(holds).toEqual([
      expect.objectContaining({
        ground: 'legal_hold_17_3_b',
        requestId: request.id,
        setById: handler.id,
      }),
    ]);

    expect(await prisma().marketingContact.findUnique({ where: { id: contact.id } })).toBeNull();
    const suppressions = await prisma().marketingSuppression.findMany({
      where: { requestId: request.id },
    });
    expect(suppressions.map((s) => s.valueHash).sort()).toEqual(
      [
        suppressionHash(app.ctx, 'email', request.account.email),
        suppressionHash(app.ctx, 'phone', '0401112233'),
      ].sort(),
    );
    expect(JSON.stringify(suppressions)).not.toContain(request.account.email);

    // The audit records what happened without copying the erased values.
    const audit = await prisma().auditEntry.findMany({
      where: { requestId: request.id, action: { startsWith: 'register.' } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'register.anonymised',
      'register.erased',
      'register.legal_hold_set',
      // The held order (issue #16).
      'register.legal_hold_set',
    ]);
    expect(audit.map((a) => a.details).join()).not.toContain(request.account.email);

    // The subject is told, in English, why the voucher is kept.
    const message = await prisma().requestMessage.findFirstOrThrow({
      where: { requestId: request.id, isInternalNote: false },
    });
    expect(message.body).toMatch(/Accounting Act.*17\(3\)\(b\)/);
    expect(
      await prisma().outboxMessage.count({
        where: { requestId: request.id, template: 'handler_message' },
      }),
    ).toBe(1);

    // Someone adds the person back to marketing: the suppression keeps them off the list.
    const readded = await createMarketingContact(app, {
      email: request.account.email,
      permissions: { email: 'granted' },
    });
    expect(await audience('email')).not.toContain(readded.id);
  });

  it('when a customer has no voucher left under retention, erasure deletes the row entirely', async () => {
    const request = await createRightsRequest(app, { type: 'erasure' });
    const customer = await createCustomer(app);
    await createInvoice(app, customer.id, '2017-06-30');
    const version = await confirm(request.id, 1, [
      { recordType: 'customer', recordId: customer.id },
    ]);
    const res = await post<ApplyErasureResult>(`/api/console/requests/${request.id}/erasure`, {
      version,
    });
    expect(res.status).toBe(200);
    expect(res.body.plan.customers[0]).toMatchObject({ action: 'delete', legalHolds: [] });
    expect(await prisma().customer.findUnique({ where: { id: customer.id } })).toBeNull();
    const detail = await get<ConsoleRequestDetail>(`/api/console/requests/${request.id}`);
    expect(detail.body.records).toEqual([
      expect.objectContaining({ recordId: customer.id, isGone: true }),
    ]);
  });

  it('when no record is confirmed, erasure refuses with a clear message and changes nothing', async () => {
    const request = await createRightsRequest(app, { type: 'erasure' });
    const res = await post<{ error: { message: string } }>(
      `/api/console/requests/${request.id}/erasure`,
      { version: 1 },
      'en',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/confirm which register records/);
    expect(
      (await prisma().rightsRequest.findUniqueOrThrow({ where: { id: request.id } })).version,
    ).toBe(1);
  });

  it('when records are restricted, they never appear in the marketing audience until the subject is told and the restriction lifted', async () => {
    const request = await createRightsRequest(app, { type: 'restriction' });
    const restrictedContact = await createMarketingContact(app, {
      permissions: { email: 'granted', sms: 'granted' },
    });
    const customer = await createCustomer(app);
    const contactOfRestrictedCustomer = await createMarketingContact(app, {
      customerId: customer.id,
      permissions: { email: 'granted' },
    });
    const free = await createMarketingContact(app, { permissions: { email: 'granted' } });
    const prohibited = await createMarketingContact(app, { permissions: { email: 'prohibited' } });
    expect(await audience('email')).toEqual(
      expect.arrayContaining([restrictedContact.id, contactOfRestrictedCustomer.id, free.id]),
    );

    let version = await confirm(request.id, 1, [
      { recordType: 'marketing_contact', recordId: restrictedContact.id },
      { recordType: 'customer', recordId: customer.id },
    ]);
    const preview = await post<{
      records: Array<{ recordId: string; isAlreadyRestricted: boolean }>;
    }>(`/api/console/requests/${request.id}/restriction/preview`, { ground: 'art18_1_a' });
    expect(preview.body.records.map((r) => r.isAlreadyRestricted)).toEqual([false, false]);
    const applied = await post<WriteResult & { restrictionIds: string[] }>(
      `/api/console/requests/${request.id}/restriction`,
      {
        version,
        ground: 'art18_1_a',
        reason: 'Henkilö kiistää osoitteen oikeellisuuden.',
      },
    );
    expect(applied.status).toBe(200);
    expect(applied.body.restrictionIds).toHaveLength(2);
    version = applied.body.version;

    for (const channel of ['email', 'sms']) {
      const ids = await audience(channel);
      expect(ids).not.toContain(restrictedContact.id);
      expect(ids).not.toContain(contactOfRestrictedCustomer.id);
      expect(ids).not.toContain(prohibited.id);
    }
    expect(await audience('email')).toContain(free.id);

    // Art. 18(3): lifting before telling the subject is refused.
    const contactRestriction = await prisma().restriction.findFirstOrThrow({
      where: { recordId: restrictedContact.id, liftedAt: null },
    });
    const early = await post<{ error: { code: string; message: string } }>(
      `/api/console/requests/${request.id}/restrictions/${contactRestriction.id}/lift`,
      { version },
      'en',
    );
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      message: expect.stringContaining('Art. 18(3)'),
    });

    const informed = await post(
      `/api/console/requests/${request.id}/restrictions/${contactRestriction.id}/inform`,
      {
        version,
        message: 'Osoitteesi on tarkistettu oikeaksi; rajoitus poistetaan viikon kuluttua.',
      },
    );
    expect(informed.status).toBe(200);
    expect(
      (
        await prisma().restriction.findUniqueOrThrow({ where: { id: contactRestriction.id } })
      ).subjectInformedAt?.toISOString(),
    ).toBe(NOW.toISOString());
    expect(
      await prisma().outboxMessage.count({
        where: { requestId: request.id, template: 'handler_message' },
      }),
    ).toBe(2);

    const lifted = await post(
      `/api/console/requests/${request.id}/restrictions/${contactRestriction.id}/lift`,
      { version: informed.body.version },
    );
    expect(lifted.status).toBe(200);
    const after = await audience('email');
    expect(after).toContain(restrictedContact.id);
    expect(after).not.toContain(contactOfRestrictedCustomer.id);
  });

  it('when the subject asks for a correction, the preview diffs each field and only the fields the handler confirms change', async () => {
    const request = await createRightsRequest(app, {
      type: 'rectification',
      details: {
        type: 'rectification',
        registers: ['customer'],
        items: [
          { field: 'street_address', correctValue: 'Uusitie 2' },
          { field: 'city', correctValue: 'Espoo' },
        ],
      },
    });
    const customer = await createCustomer(app, { streetAddress: 'Vanhatie 1', city: 'Espoo' });
    const version = await confirm(request.id, 1, [
      { recordType: 'customer', recordId: customer.id },
    ]);
    const preview = await post<RectificationPreview>(
      `/api/console/requests/${request.id}/rectification/preview`,
      {},
    );
    expect(preview.body.records[0]?.fields).toEqual([
      { field: 'streetAddress', current: 'Vanhatie 1', requested: 'Uusitie 2', isChange: true },
      { field: 'city', current: 'Espoo', requested: 'Espoo', isChange: false },
    ]);

    const applied = await post(`/api/console/requests/${request.id}/rectification`, {
      version,
      changes: [
        {
          recordType: 'customer',
          recordId: customer.id,
          field: 'streetAddress',
          value: 'Uusitie 2',
        },
      ],
    });
    expect(applied.status).toBe(200);
    expect(await prisma().customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject(
      { streetAddress: 'Uusitie 2', city: 'Espoo' },
    );
    const audit = await prisma().auditEntry.findFirstOrThrow({
      where: { requestId: request.id, action: 'register.rectified' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toEqual({
      before: { streetAddress: 'Vanhatie 1' },
      after: { streetAddress: 'Uusitie 2' },
    });

    const stranger = await createCustomer(app);
    const refused = await post(`/api/console/requests/${request.id}/rectification`, {
      version: applied.body.version,
      changes: [{ recordType: 'customer', recordId: stranger.id, field: 'city', value: 'Turku' }],
    });
    expect(refused.status).toBe(400);
    expect((await prisma().customer.findUniqueOrThrow({ where: { id: stranger.id } })).city).toBe(
      'Helsinki',
    );
  });

  it('when an objection is applied twice, every chosen channel is prohibited once and the second run changes nothing', async () => {
    const request = await createRightsRequest(app, { type: 'objection' });
    const contact = await createMarketingContact(app, {
      phone: '050 999 8877',
      permissions: { email: 'granted', sms: 'granted', post: 'prohibited' },
    });
    let version = await confirm(request.id, 1, [
      { recordType: 'marketing_contact', recordId: contact.id },
    ]);
    const preview = await post<{
      channels: string[];
      contacts: Array<{ changes: Array<{ channel: string; isChange: boolean }> }>;
    }>(`/api/console/requests/${request.id}/objection/preview`, {});
    expect(preview.body.channels).toEqual(['email', 'sms', 'phone', 'post']);
    expect(
      preview.body.contacts[0]?.changes.filter((c) => c.isChange).map((c) => c.channel),
    ).toEqual(['email', 'sms', 'phone']);
    const first = await post(`/api/console/requests/${request.id}/objection`, { version });
    expect(first.status).toBe(200);
    version = first.body.version;
    const decisions = await prisma().marketingPermission.findMany({
      where: { contactId: contact.id },
    });
    expect(decisions.every((d) => d.decision === 'prohibited')).toBe(true);
    expect(decisions).toHaveLength(4);
    const events = await prisma().marketingPermissionEvent.count({
      where: { contactId: contact.id },
    });
    expect(events).toBe(3);
    // The email and the phone, each for every one of the four objected channels.
    expect(await prisma().marketingSuppression.count({ where: { requestId: request.id } })).toBe(8);

    const second = await post(`/api/console/requests/${request.id}/objection`, { version });
    expect(second.status).toBe(200);
    expect(
      await prisma().marketingPermissionEvent.count({ where: { contactId: contact.id } }),
    ).toBe(3);
    expect(await audience('email')).not.toContain(contact.id);
  });

  it('when the deadline is extended with reasons, the subject is told, and a second extension is refused', async () => {
    const request = await createRightsRequest(app, {
      receivedAt: new Date('2026-02-20T10:00:00Z'),
    });
    const preview = await get<{ isAllowed: boolean; extendedDueDate: string }>(
      `/api/console/requests/${request.id}/extension/preview`,
    );
    expect(preview.body).toMatchObject({ isAllowed: true, extendedDueDate: '2026-05-20' });
    const extended = await post(`/api/console/requests/${request.id}/extension`, {
      version: 1,
      reasons: 'Tietoja on useassa järjestelmässä.',
    });
    expect(extended.status).toBe(200);
    const stored = await prisma().rightsRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored).toMatchObject({
      isExtended: true,
      dueDate: '2026-05-20',
      extensionReason: 'Tietoja on useassa järjestelmässä.',
    });
    const mail = await prisma().outboxMessage.findFirstOrThrow({
      where: { requestId: request.id, template: 'extension_notice' },
    });
    expect(mail.textBody).toContain('Tietoja on useassa järjestelmässä.');
    const again = await post(`/api/console/requests/${request.id}/extension`, {
      version: 2,
      reasons: 'Uudelleen',
    });
    expect(again.status).toBe(409);
  });

  it('when the one-month deadline has passed, the extension is refused (GDPR Art. 12(3))', async () => {
    const request = await createRightsRequest(app, {
      receivedAt: new Date('2026-01-05T10:00:00Z'),
    });
    const res = await post<{ error: { message: string } }>(
      `/api/console/requests/${request.id}/extension`,
      { version: 1, reasons: 'Myöhässä' },
      'en',
    );
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/within the first month/);
  });

  it('when refusing, a legal ground is required and the subject gets the reasons and the complaint route', async () => {
    const request = await createRightsRequest(app, { locale: 'sv' });
    const missing = await post(`/api/console/requests/${request.id}/refusal`, {
      version: 1,
      reasons: 'Ei perustetta',
    });
    expect(missing.status).toBe(400);
    const preview = await get<LetterPreview>(
      `/api/console/requests/${request.id}/refusal/preview?ground=excessive`,
    );
    expect(preview.body.locale).toBe('sv');
    expect(preview.body.complaintRoute).toContain('Dataombudsmannens byrå');
    const refused = await post(`/api/console/requests/${request.id}/refusal`, {
      version: 1,
      ground: 'manifestly_unfounded',
      reasons: 'Begäran gäller uppgifter som vi aldrig har haft.',
    });
    expect(refused.status).toBe(200);
    expect(
      await prisma().rightsRequest.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({
      status: 'refused',
      refusalGround: 'manifestly_unfounded',
      closedAt: NOW,
    });
    const mail = await prisma().outboxMessage.findFirstOrThrow({
      where: { requestId: request.id, template: 'refusal' },
    });
    expect(mail.locale).toBe('sv');
    expect(mail.textBody).toContain('Dataombudsmannens byrå');
  });

  it('when completing, the draft letter is in the subject’s language and the sent letter goes out as the completion email', async () => {
    const request = await createRightsRequest(app, { status: 'in_progress', locale: 'en' });
    // The package went out (issue #17: an access request completes only after a release).
    await prisma().requestEvent.create({
      data: {
        requestId: request.id,
        type: 'result_released',
        actorType: 'staff',
        actorId: handler.id,
        isVisibleToSubject: true,
        data: JSON.stringify({ kind: 'access', expiresAt: NOW.toISOString() }),
        createdAt: NOW,
      },
    });
    const draft = await get<LetterPreview>(
      `/api/console/requests/${request.id}/completion/preview`,
    );
    expect(draft.body.draft).toMatch(/^Hello,/);
    const done = await post(`/api/console/requests/${request.id}/completion`, {
      version: 1,
      responseLetter: 'Here is our answer.',
    });
    expect(done.status).toBe(200);
    const mail = await prisma().outboxMessage.findFirstOrThrow({
      where: { requestId: request.id, template: 'completion' },
    });
    expect(mail.textBody).toContain('Here is our answer.');
    expect(
      (await prisma().rightsRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe('completed');
  });

  it('when a recipient is told of the change (Art. 19), the notice is recorded with who, when and how', async () => {
    const request = await createRightsRequest(app, { type: 'erasure' });
    const suggestions = await get<{ items: Array<{ id: string; name: string }> }>(
      `/api/console/requests/${request.id}/recipient-notices/suggestions`,
      'en',
    );
    expect(suggestions.body.items.map((i) => i.id)).toContain('it_service_providers');
    const res = await post(`/api/console/requests/${request.id}/recipient-notices`, {
      version: 1,
      recipientName: 'Hosting Oy',
      notifiedAt: '2026-03-02T08:30:00.000Z',
      method: 'Sähköposti tukeen',
    });
    expect(res.status).toBe(200);
    const detail = await get<ConsoleRequestDetail>(`/api/console/requests/${request.id}`);
    expect(detail.body.recipientNotices).toEqual([
      expect.objectContaining({
        recipientName: 'Hosting Oy',
        notifiedAt: '2026-03-02T08:30:00.000Z',
        method: 'Sähköposti tukeen',
        staff: expect.objectContaining({ id: handler.id }),
      }),
    ]);
  });
});
