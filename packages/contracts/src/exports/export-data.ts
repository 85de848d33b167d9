// The published format of data.json inside an access (GDPR Art. 15(3)) or
// portability (Art. 20) package. The JSON Schema committed at
// schemas/oikeus-export.schema.json is generated from these schemas
// (buildExportJsonSchema) and served at GET /api/exports/schema.json; a test
// fails when the two drift apart.
//
// Every record type is a flat array of rows with the same columns as its CSV
// file, so the JSON and the CSV files are two views of the same rows.
import { recordSourceSchema } from '@oikeus/domain';
import { z } from 'zod';
import {
  consoleRequestStatusSchema,
  isoDateTimeSchema,
  marketingChannelSchema,
  recordTypeSchema,
  requestTypeSchema,
} from '../console/common';
import { localDateSchema } from '../fields';
import { localeSchema } from '../locale';

/** Names the row schemas so the JSON Schema lists them under `$defs`. */
export const exportSchemaRegistry = z.registry<{
  id?: string;
  title?: string;
  description?: string;
}>();

export const exportKinds = ['access', 'portability'] as const;
export const exportKindSchema = z.enum(exportKinds);
export type ExportKind = z.infer<typeof exportKindSchema>;

const id = z.uuid();
const dateTime = isoDateTimeSchema;
const date = localDateSchema;
/** Money is whole cents: exact, and the same in every language and spreadsheet. */
const cents = z.int();

function row<T extends z.ZodRawShape>(name: string, description: string, shape: T) {
  const schema = z.strictObject(shape);
  exportSchemaRegistry.add(schema, { id: name, title: name, description });
  return schema;
}

export const exportCustomerSchema = row(
  'Customer',
  'A record in the customer register (Art. 15(1)(b) categories: name, organisation, contact details).',
  {
    id,
    firstName: z.string(),
    lastName: z.string(),
    company: z.string().nullable(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    relationshipStartedOn: date,
    relationshipEndedOn: date.nullable(),
    /** Where the record came from (Art. 15(1)(g)). */
    source: recordSourceSchema,
    /** Which public source or company, where the data did not come from the person (Art. 14(2)(f)). */
    sourceDetail: z.string().nullable(),
    anonymizedAt: dateTime.nullable(),
    createdAt: dateTime,
    updatedAt: dateTime,
  },
);

export const exportServiceOrderSchema = row('ServiceOrder', 'A service the customer ordered.', {
  id,
  customerId: id,
  serviceName: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  orderedAt: dateTime,
  startsOn: date,
  endsOn: date.nullable(),
  priceCents: cents,
  currency: z.string(),
  source: recordSourceSchema,
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const exportServiceOrderChangeSchema = row(
  'ServiceOrderChange',
  'One change to an ordered service, oldest first.',
  {
    id,
    orderId: id,
    changedAt: dateTime,
    changeType: z.string(),
    description: z.string(),
    previousValue: z.string().nullable(),
    newValue: z.string().nullable(),
    source: recordSourceSchema,
  },
);

export const exportInvoiceSchema = row(
  'Invoice',
  'An invoice (accounting voucher, kept under Kirjanpitolaki 1336/1997 2:10).',
  {
    id,
    customerId: id,
    number: z.string(),
    issuedOn: date,
    dueOn: date,
    financialYearEnd: date,
    currency: z.string(),
    netCents: cents,
    vatCents: cents,
    totalCents: cents,
    status: z.string(),
    /** Masked when it names another person (GDPR Art. 15(4)); companies are shown. */
    billingName: z.string(),
    billingAddress: z.string().nullable(),
    createdAt: dateTime,
  },
);

export const exportInvoiceLineSchema = row('InvoiceLine', 'One line of an invoice.', {
  id,
  invoiceId: id,
  lineNo: z.int(),
  description: z.string(),
  quantity: z.int(),
  unitPriceCents: cents,
  /** VAT rate in basis points: 25.5 % is 2550. */
  vatRateBp: z.int(),
  netCents: cents,
});

export const exportMarketingContactSchema = row(
  'MarketingContact',
  'A record in the marketing and communications register.',
  {
    id,
    customerId: id.nullable(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    source: recordSourceSchema,
    sourceDetail: z.string().nullable(),
    lastActivityOn: date,
    createdAt: dateTime,
    updatedAt: dateTime,
  },
);

export const exportMarketingPermissionSchema = row(
  'MarketingPermission',
  'The current direct-marketing permission or prohibition on one channel.',
  {
    id,
    contactId: id,
    channel: marketingChannelSchema,
    decision: z.enum(['granted', 'prohibited']),
    decidedAt: dateTime,
    /** How the permission was given or withdrawn. */
    method: recordSourceSchema,
  },
);

export const exportMarketingPermissionEventSchema = row(
  'MarketingPermissionEvent',
  'The history of direct-marketing permissions and prohibitions, oldest first.',
  {
    id,
    contactId: id,
    channel: marketingChannelSchema,
    decision: z.enum(['granted', 'prohibited']),
    decidedAt: dateTime,
    method: recordSourceSchema,
    note: z.string().nullable(),
    requestId: id.nullable(),
  },
);

export const exportRestrictionSchema = row(
  'Restriction',
  'A restriction of processing (GDPR Art. 18) or legal hold (Art. 17(3)(b)) on one record. Who set it is not shown (Art. 15(4)).',
  {
    id,
    recordType: recordTypeSchema,
    recordId: id,
    ground: z.string(),
    reason: z.string(),
    requestId: id.nullable(),
    setAt: dateTime,
    liftedAt: dateTime.nullable(),
    subjectInformedAt: dateTime.nullable(),
  },
);

export const exportRetentionSchema = row(
  'Retention',
  'How long one record is kept (GDPR Art. 15(1)(d)): the first day it may be deleted, or null while that cannot be known (the customer relationship is ongoing).',
  {
    recordType: z.enum(['customer', 'invoice', 'marketing_contact']),
    recordId: id,
    ruleId: z.string(),
    deleteOn: date.nullable(),
    reasonCode: z.string(),
  },
);

export const exportPortalAccountSchema = row(
  'PortalAccount',
  'The account used in this rights portal.',
  {
    id,
    email: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    locale: z.string(),
    emailVerifiedAt: dateTime.nullable(),
    createdAt: dateTime,
  },
);

export const exportPortalRequestSchema = row(
  'PortalRequest',
  'A rights request made in the portal.',
  {
    id,
    reference: z.string(),
    type: requestTypeSchema,
    status: consoleRequestStatusSchema,
    targetsCustomerRegister: z.boolean(),
    targetsMarketingRegister: z.boolean(),
    receivedAt: dateTime,
    dueDate: date,
    isExtended: z.boolean(),
    extensionReason: z.string().nullable(),
    closedAt: dateTime.nullable(),
    refusalGround: z.string().nullable(),
    refusalReason: z.string().nullable(),
    responseLetter: z.string().nullable(),
    /** When the controller recorded that it had checked who the requester is (Art. 12(6)). */
    identityVerifiedAt: dateTime.nullable(),
    /** What the check was, as the handler recorded it (EDPB 01/2022 §§ 73–75: a note, no copy). */
    identityNote: z.string().nullable(),
    /** What the subject submitted, as JSON text. */
    details: z.string(),
  },
);

export const exportPortalRequestEventSchema = row(
  'PortalRequestEvent',
  'A step in a request as the subject sees it; staff are shown by role only (Art. 15(4)).',
  {
    id,
    requestId: id,
    type: z.string(),
    actorType: z.enum(['subject', 'staff', 'system']),
    /** Event data as JSON text, without staff identities. */
    data: z.string().nullable(),
    createdAt: dateTime,
  },
);

export const exportPortalMessageSchema = row(
  'PortalMessage',
  'A message between the subject and the controller; the controller’s internal notes are in InternalNote.',
  {
    id,
    requestId: id,
    authorType: z.enum(['subject', 'staff']),
    body: z.string(),
    isIdentityAnswer: z.boolean(),
    createdAt: dateTime,
  },
);

export const exportPortalAttachmentSchema = row(
  'PortalAttachment',
  'A file attached to a message; the file itself is in the attachments/ folder of the package.',
  {
    id,
    requestId: id,
    messageId: id,
    fileName: z.string(),
    /** Path of the file inside the package. */
    path: z.string(),
    contentType: z.string(),
    size: z.int(),
    sha256: z.string(),
    createdAt: dateTime,
  },
);

export const exportInternalNoteSchema = row(
  'InternalNote',
  'A note the controller’s staff wrote about the subject’s request. Comments about a person are their personal data (CJEU C-434/16 Nowak); a note is left out only when a legal ground is recorded, and the count of notes left out is given with the ground.',
  {
    id,
    requestId: id,
    /** Masked like other controller text (Art. 15(4)); empty when the note is withheld. */
    body: z.string(),
    /** Null when the note is in the copy; otherwise the recorded ground for withholding it. */
    withholdingGround: z.string().nullable(),
    createdAt: dateTime,
  },
);

export const exportRecipientNoticeSchema = row(
  'RecipientNotice',
  'A recipient the controller told of a rectification, erasure or restriction of the subject’s data (GDPR Art. 19).',
  {
    id,
    requestId: id,
    recipientName: z.string(),
    method: z.string(),
    notifiedAt: dateTime,
  },
);

export const exportAuditEntrySchema = row(
  'AuditEntry',
  'A logged use of the subject’s data or request: when, what and why. Staff are shown by role only (CJEU C-579/21).',
  {
    at: dateTime,
    /** The logged action, e.g. request.viewed or export.released. */
    action: z.string(),
    /** What the action was for, in the subject’s language. */
    purpose: z.string(),
    actorType: z.enum(['subject', 'staff', 'system']),
    requestId: id.nullable(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
  },
);

export const exportSuppressionSchema = row(
  'Suppression',
  'The subject’s email address or phone number is on the controller’s do-not-market list (Art. 17, 21(3)); only a keyed hash is stored.',
  {
    /** email | phone */
    kind: z.string(),
    /** Which of the subject’s values is on the list (the list itself holds only a hash). */
    value: z.string(),
    /** The marketing channel the entry stops (email | sms | phone | post), or `all`. */
    channel: z.string(),
    reason: z.string(),
    requestId: id.nullable(),
    createdAt: dateTime,
  },
);

/** Each record type: its key in `records`, in data.json order. */
export const exportRecordSchemas = {
  customers: exportCustomerSchema,
  serviceOrders: exportServiceOrderSchema,
  serviceOrderChanges: exportServiceOrderChangeSchema,
  invoices: exportInvoiceSchema,
  invoiceLines: exportInvoiceLineSchema,
  marketingContacts: exportMarketingContactSchema,
  marketingPermissions: exportMarketingPermissionSchema,
  marketingPermissionEvents: exportMarketingPermissionEventSchema,
  restrictions: exportRestrictionSchema,
  retention: exportRetentionSchema,
  portalAccounts: exportPortalAccountSchema,
  portalRequests: exportPortalRequestSchema,
  portalRequestEvents: exportPortalRequestEventSchema,
  portalMessages: exportPortalMessageSchema,
  portalAttachments: exportPortalAttachmentSchema,
  internalNotes: exportInternalNoteSchema,
  recipientNotices: exportRecipientNoticeSchema,
  auditEntries: exportAuditEntrySchema,
  suppressions: exportSuppressionSchema,
} as const;
export type ExportRecordKey = keyof typeof exportRecordSchemas;
export const exportRecordKeys = Object.keys(exportRecordSchemas) as [
  ExportRecordKey,
  ...ExportRecordKey[],
];
export const exportRecordKeySchema = z.enum(exportRecordKeys);
export type ExportRecordRow<K extends ExportRecordKey> = z.infer<(typeof exportRecordSchemas)[K]>;

export const EXPORT_FORMAT = 'oikeus-export';
export const EXPORT_FORMAT_VERSION = 1;

export const exportDataSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  /** access: everything (Art. 15); portability: only data the subject provided (Art. 20). */
  kind: exportKindSchema,
  language: localeSchema,
  generatedAt: dateTime,
  /** Where this schema is published by the installation that made the file. */
  schemaUrl: z.url(),
  controller: z.strictObject({ name: z.string(), businessId: z.string() }),
  request: z.strictObject({
    id,
    reference: z.string(),
    type: requestTypeSchema,
    receivedAt: dateTime,
  }),
  /** Which record types the file covers and why (Art. 20 for portability). */
  scope: z.strictObject({
    recordTypes: z.array(exportRecordKeySchema),
    description: z.string(),
  }),
  /** GDPR Art. 15(4): how other people's data was left out. */
  thirdPartyMasking: z.strictObject({ marker: z.string(), rule: z.string() }),
  records: z.strictObject({
    customers: z.array(exportCustomerSchema),
    serviceOrders: z.array(exportServiceOrderSchema),
    serviceOrderChanges: z.array(exportServiceOrderChangeSchema),
    invoices: z.array(exportInvoiceSchema),
    invoiceLines: z.array(exportInvoiceLineSchema),
    marketingContacts: z.array(exportMarketingContactSchema),
    marketingPermissions: z.array(exportMarketingPermissionSchema),
    marketingPermissionEvents: z.array(exportMarketingPermissionEventSchema),
    restrictions: z.array(exportRestrictionSchema),
    retention: z.array(exportRetentionSchema),
    portalAccounts: z.array(exportPortalAccountSchema),
    portalRequests: z.array(exportPortalRequestSchema),
    portalRequestEvents: z.array(exportPortalRequestEventSchema),
    portalMessages: z.array(exportPortalMessageSchema),
    portalAttachments: z.array(exportPortalAttachmentSchema),
    internalNotes: z.array(exportInternalNoteSchema),
    recipientNotices: z.array(exportRecipientNoticeSchema),
    auditEntries: z.array(exportAuditEntrySchema),
    suppressions: z.array(exportSuppressionSchema),
  } satisfies { [K in ExportRecordKey]: z.ZodArray<(typeof exportRecordSchemas)[K]> }),
});
exportSchemaRegistry.add(exportDataSchema, {
  title: 'Oikeus personal data export',
  description:
    'data.json of an access (GDPR Art. 15(3)) or data portability (Art. 20) package produced by Oikeus.',
});
export type ExportData = z.infer<typeof exportDataSchema>;

export const EXPORT_JSON_SCHEMA_ID = 'urn:oikeus:schema:export:1';

/** The JSON Schema (draft 2020-12) of data.json, generated from the zod schemas above. */
export function buildExportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(exportDataSchema, {
    target: 'draft-2020-12',
    metadata: exportSchemaRegistry,
  });
  return { ...generated, $id: EXPORT_JSON_SCHEMA_ID };
}
