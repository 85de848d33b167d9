import type { ExportKind, ExportRecordKey } from '@oikeus/contracts';

/**
 * GDPR Art. 20(1): the right to data portability covers personal data the
 * subject has *provided* to the controller, where the processing is based on
 * consent (Art. 6(1)(a)) or a contract (Art. 6(1)(b)) and is carried out by
 * automated means. "Provided" includes what the subject gave actively and
 * what their use of the service recorded, not what the controller derived
 * or created (Article 29 Working Party, WP242 rev.01, section III.1).
 *
 * What qualifies at Inope Oy:
 * - customers: name, organisation and contact details the subject gave to
 *   become a customer, processed to perform the contract (6(1)(b)) — except
 *   records collected from a public source (not provided by the subject) and
 *   records already anonymised after erasure (nothing of theirs is left);
 * - serviceOrders and serviceOrderChanges: the services the subject ordered
 *   and the changes to them, processed to perform the contract (6(1)(b));
 * - marketingContacts: only where marketing rests on the subject's consent
 *   (6(1)(a)), i.e. the contact has a current permission, and only if the
 *   subject provided the details (not a public source); contacts kept on
 *   legitimate interests (6(1)(f)) are outside Art. 20;
 * - marketingPermissions: the consents the subject currently gives (granted
 *   permissions); prohibitions are kept to honour an objection (Art. 21),
 *   not on consent or contract.
 *
 * Left out: invoices and invoice lines (created by the controller and kept
 * under the Accounting Act, a legal obligation, 6(1)(c)); permission history,
 * restriction markers and retention dates (the controller's records about
 * the data, not data the subject provided); the portal's own records of
 * requests, events and messages (kept to comply with Art. 12–22, 6(1)(c)).
 */
export const PORTABLE_RECORD_KEYS = [
  'customers',
  'serviceOrders',
  'serviceOrderChanges',
  'marketingContacts',
  'marketingPermissions',
] as const satisfies readonly ExportRecordKey[];

/** Every record type the access package holds (Art. 15(1) and 15(3)). */
export const ACCESS_RECORD_KEYS = [
  'customers',
  'serviceOrders',
  'serviceOrderChanges',
  'invoices',
  'invoiceLines',
  'marketingContacts',
  'marketingPermissions',
  'marketingPermissionEvents',
  'restrictions',
  'retention',
  'portalAccounts',
  'portalRequests',
  'portalRequestEvents',
  'portalMessages',
  'portalAttachments',
  'internalNotes',
  'recipientNotices',
  'auditEntries',
  'suppressions',
] as const satisfies readonly ExportRecordKey[];

export function recordKeysFor(kind: ExportKind): readonly ExportRecordKey[] {
  return kind === 'access' ? ACCESS_RECORD_KEYS : PORTABLE_RECORD_KEYS;
}

/** Sources that mean the subject did not provide the data themselves. */
export const NOT_PROVIDED_BY_SUBJECT_SOURCES = ['public_source'] as const;
