import type { ExportRecordKey } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import type { ExportScope } from './load-export-scope';
import type { RecordPages } from './page-by-cursor';
import {
  readCustomers,
  readInvoiceLines,
  readInvoices,
  readServiceOrderChanges,
  readServiceOrders,
} from './read-customer-records';
import {
  readMarketingContacts,
  readMarketingPermissionEvents,
  readMarketingPermissions,
} from './read-marketing-records';
import {
  readPortalAccounts,
  readPortalAttachments,
  readPortalMessages,
  readPortalRequestEvents,
  readPortalRequests,
} from './read-portal-records';
import {
  readAuditEntries,
  readInternalNotes,
  readRecipientNotices,
  readSuppressions,
} from './read-accountability-records';
import { readRestrictions } from './read-restriction-records';
import { readRetention } from './read-retention-records';

const readers: { [K in ExportRecordKey]: (prisma: Db, scope: ExportScope) => RecordPages<K> } = {
  customers: readCustomers,
  serviceOrders: readServiceOrders,
  serviceOrderChanges: readServiceOrderChanges,
  invoices: readInvoices,
  invoiceLines: readInvoiceLines,
  marketingContacts: readMarketingContacts,
  marketingPermissions: readMarketingPermissions,
  marketingPermissionEvents: readMarketingPermissionEvents,
  restrictions: readRestrictions,
  retention: readRetention,
  portalAccounts: readPortalAccounts,
  portalRequests: readPortalRequests,
  portalRequestEvents: readPortalRequestEvents,
  portalMessages: readPortalMessages,
  portalAttachments: readPortalAttachments,
  internalNotes: readInternalNotes,
  recipientNotices: readRecipientNotices,
  auditEntries: readAuditEntries,
  suppressions: readSuppressions,
};

// eslint-disable-next-line require-yield -- an empty page stream for record types outside the export's scope
async function* nothing(): AsyncGenerator<never[]> {
  return;
}

/**
 * The rows of one record type for this export, a page at a time; nothing for
 * a type outside the export's scope (portability, GDPR Art. 20). Each call
 * reads afresh, so data.json, the CSV files and the report each stream
 * through the database without holding the rows.
 */
export function readExportRecords<K extends ExportRecordKey>(
  prisma: Db,
  scope: ExportScope,
  key: K,
): RecordPages<K> {
  if (!scope.recordKeys.includes(key)) return nothing();
  return readers[key](prisma, scope);
}
