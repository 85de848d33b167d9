import type { ApplyErasureResult, Locale } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { changeRequest } from '../request-core/change-request';
import { loadRequestForWrite } from '../request-core/load-request-for-write';
import { actionTexts, subjectLocale } from './action-texts';
import { assertHasRecords, loadConfirmedRecords } from './confirmed-records';
import { revokeExports } from '../../copies/revoke-exports';
import { planErasure } from './plan-erasure';
import { addSuppressions } from '../../registers/suppression-hash';
import { recordErasureTombstones } from '../../registers/erasure-tombstones';

/** Personal columns of a customer row: names only go to the audit, never values (that would undo the erasure). */
const CUSTOMER_PERSONAL_FIELDS = [
  'firstName',
  'lastName',
  'company',
  'streetAddress',
  'postalCode',
  'city',
  'phone',
  'email',
] as const;

/**
 * GDPR Art. 17 erasure of the confirmed records, in one transaction with the
 * audit entries, timeline event and the subject's message. Vouchers still
 * inside their Kirjanpitolaki 1336/1997 2:10 retention are kept with a
 * `legal_hold_17_3_b` restriction (Art. 17(3)(b), 18(2): stored only), and
 * their customer row is anonymised except what they need. Marketing contacts
 * are deleted and their email/phone suppressed so they are not re-added.
 */
export async function applyErasure(
  ctx: AppContext,
  input: { requestId: string; version: number; staffId: string },
  /** Language of the erasure plan in the answer (the handler's). */
  staffLocale: Locale,
): Promise<ApplyErasureResult> {
  return inTransaction(ctx.db, async (tx) => {
    const request = await loadRequestForWrite(tx, input);
    const records = await loadConfirmedRecords(tx, request.id);
    assertHasRecords(records);
    const now = ctx.clock.now();
    const work = await planErasure(ctx, tx, records, staffLocale, request.id);

    for (const customer of work.customers) {
      const row = records.customers.find((c) => c.id === customer.id);
      const presentFields = CUSTOMER_PERSONAL_FIELDS.filter(
        (f) => row && row[f] !== null && row[f] !== '',
      );
      // Tombstones first (keyed hashes of the externalIds): a later import or
      // sync must not recreate what this erasure removes (Art. 17).
      // Orders behind a kept voucher stay (other accounting material, 2:10).
      const heldOrderIds = customer.heldOrders.map((o) => o.id);
      const erasedOrders = await tx.serviceOrder.findMany({
        where: { customerId: customer.id, id: { notIn: heldOrderIds } },
        select: { externalId: true },
      });
      const erasedInvoices = await tx.invoice.findMany({
        where: { id: { in: customer.deleteInvoiceIds } },
        select: { externalId: true },
      });
      await recordErasureTombstones(tx, ctx, {
        records: [
          { recordType: 'customer', externalId: row?.externalId ?? null },
          ...erasedOrders.map((o) => ({
            recordType: 'service_order' as const,
            externalId: o.externalId,
          })),
          ...erasedInvoices.map((i) => ({
            recordType: 'invoice' as const,
            externalId: i.externalId,
          })),
        ],
        requestId: request.id,
        at: now,
      });
      const orders = await tx.serviceOrder.deleteMany({
        where: { customerId: customer.id, id: { notIn: heldOrderIds } },
      });
      const invoices = customer.deleteInvoiceIds.length
        ? await tx.invoice.deleteMany({ where: { id: { in: customer.deleteInvoiceIds } } })
        : { count: 0 };
      if (customer.action === 'delete') {
        await tx.customer.delete({ where: { id: customer.id } });
      } else {
        await tx.customer.update({
          where: { id: customer.id },
          data: {
            firstName: '',
            lastName: '',
            company: null,
            streetAddress: null,
            postalCode: null,
            city: null,
            phone: null,
            email: null,
            externalId: null,
            sourceDetail: null,
            anonymizedAt: row?.anonymizedAt ?? now,
            // The relationship ends with the erasure, so the retention job can
            // remove the row once the last voucher may go.
            relationshipEndedOn: row?.relationshipEndedOn ?? now,
          },
        });
      }
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: customer.action === 'delete' ? 'register.erased' : 'register.anonymised',
        requestId: request.id,
        recordType: 'customer',
        recordId: customer.id,
        details: {
          before: { fieldsWithData: presentFields },
          after: {
            action: customer.action,
            serviceOrdersDeleted: orders.count,
            serviceOrdersKept: customer.heldOrders.map((o) => o.id),
            invoicesDeleted: invoices.count,
            invoicesKept: customer.keptInvoices.map((k) => k.id),
          },
        },
      });
      for (const kept of customer.keptInvoices) {
        const existing = await tx.restriction.findFirst({
          where: {
            recordType: 'invoice',
            recordId: kept.id,
            ground: 'legal_hold_17_3_b',
            liftedAt: null,
          },
          select: { id: true },
        });
        if (existing) continue;
        const restriction = await tx.restriction.create({
          data: {
            recordType: 'invoice',
            recordId: kept.id,
            ground: 'legal_hold_17_3_b',
            reason: `Kirjanpitolaki 1336/1997 2:10; GDPR Art. 17(3)(b). Deletable from ${kept.deletableFrom}.`,
            requestId: request.id,
            setById: input.staffId,
            setAt: now,
          },
          select: { id: true },
        });
        await appendAuditEntry(tx, ctx.db, {
          at: now,
          actorType: 'staff',
          actorId: input.staffId,
          action: 'register.legal_hold_set',
          requestId: request.id,
          recordType: 'invoice',
          recordId: kept.id,
          details: {
            after: {
              restrictionId: restriction.id,
              ground: 'legal_hold_17_3_b',
              deletableFrom: kept.deletableFrom,
            },
          },
        });
      }
      for (const order of customer.heldOrders) {
        const restriction = await tx.restriction.create({
          data: {
            recordType: 'service_order',
            recordId: order.id,
            ground: 'legal_hold_17_3_b',
            reason: `Kirjanpitolaki 1336/1997 2:10 (muu kirjanpitoaineisto); GDPR Art. 17(3)(b). Deletable from ${order.deletableFrom}.`,
            requestId: request.id,
            setById: input.staffId,
            setAt: now,
          },
          select: { id: true },
        });
        await appendAuditEntry(tx, ctx.db, {
          at: now,
          actorType: 'staff',
          actorId: input.staffId,
          action: 'register.legal_hold_set',
          requestId: request.id,
          recordType: 'service_order',
          recordId: order.id,
          details: {
            after: {
              restrictionId: restriction.id,
              ground: 'legal_hold_17_3_b',
              deletableFrom: order.deletableFrom,
            },
          },
        });
      }
    }

    // No copy may outlive the erasure: every stored package of this person's
    // requests is destroyed and its links stop working (Art. 17(1)).
    const revoked = await revokeExports(tx, ctx, {
      requestIds: work.packageRequestIds,
      reason: 'erasure_applied',
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      causedByRequestId: request.id,
    });

    for (const contact of work.contacts) {
      const stored = records.contacts.find((c) => c.id === contact.id);
      await recordErasureTombstones(tx, ctx, {
        records: [{ recordType: 'marketing_contact', externalId: stored?.externalId ?? null }],
        requestId: request.id,
        at: now,
      });
      await tx.marketingContact.delete({ where: { id: contact.id } });
      const suppressed = await addSuppressions(tx, ctx, {
        email: contact.email,
        phone: contact.phone,
        reason: 'erasure_art17',
        requestId: request.id,
        at: now,
      });
      await appendAuditEntry(tx, ctx.db, {
        at: now,
        actorType: 'staff',
        actorId: input.staffId,
        action: 'register.erased',
        requestId: request.id,
        recordType: 'marketing_contact',
        recordId: contact.id,
        details: {
          before: { existed: true },
          after: { action: 'delete', suppressions: suppressed },
        },
      });
    }

    const keptVouchers = work.customers.reduce((n, c) => n + c.keptInvoices.length, 0);
    const heldOrders = work.customers.reduce((n, c) => n + c.heldOrders.length, 0);
    const { version } = await changeRequest(tx, ctx, request, {
      actor: { type: 'staff', id: input.staffId },
      event: {
        type: 'erasure_applied',
        data: {
          customersDeleted: work.customers.filter((c) => c.action === 'delete').length,
          customersAnonymised: work.customers.filter((c) => c.action !== 'delete').length,
          marketingContactsDeleted: work.contacts.length,
          vouchersKept: keptVouchers,
          serviceOrdersKept: heldOrders,
          exportPackagesDeleted: revoked.count,
        },
      },
      subjectMessage: {
        // Says what was actually done: kept vouchers and the orders behind
        // them, and the stored packages destroyed with the registers' data.
        body: [
          actionTexts.erasureDone[subjectLocale(request.locale)](keptVouchers),
          ...(heldOrders > 0
            ? [actionTexts.ordersKept[subjectLocale(request.locale)](heldOrders)]
            : []),
          ...(revoked.count > 0
            ? [actionTexts.packagesDestroyed[subjectLocale(request.locale)](revoked.count)]
            : []),
        ].join(' '),
        mailDedupeKey: `erasure:${request.id}:${request.version + 1}`,
      },
    });
    return {
      requestId: request.id,
      version,
      plan: { ...work.plan, exportPackagesDeleted: revoked.count },
    };
  });
}
