// The register records as the controller's systems send them: one schema per
// record type, used by `pnpm dsr import`, the sync API (/api/registers/v1) and
// the console's hand edits. Records are keyed by the controller's own
// `externalId`; an upsert replaces the record's fields (an empty optional
// field clears it), so sending the same record twice changes nothing.
import { recordSourceSchema } from '@oikeus/domain';
import { z } from 'zod';
import { marketingChannelSchema } from '../console/common';
import { emailSchema, freeTextSchema, personNameSchema, phoneSchema } from '../fields';
import {
  amountCentsSchema,
  flexibleBooleanSchema,
  flexibleDateSchema,
  flexibleDateTimeSchema,
  percentBasisPointsSchema,
  wholeNumberSchema,
} from './register-values';

/** Record types of import files and of the sync API paths. */
export const syncRecordTypes = [
  'customers',
  'service-orders',
  'service-order-changes',
  'invoices',
  'marketing-contacts',
  'permission-events',
] as const;
export const syncRecordTypeSchema = z.enum(syncRecordTypes);
export type SyncRecordType = z.infer<typeof syncRecordTypeSchema>;

export const externalIdSchema = z
  .string()
  .trim()
  .min(1, 'externalId.invalid')
  .max(200, 'externalId.invalid');
const optionalText = (max = 300) => freeTextSchema(max).nullish();
const requiredText = (max = 300) =>
  z.string().trim().min(1, 'text.required').max(max, 'text.tooLong');
/** Where the data came from (Art. 14(2)(f), 15(1)(g)) and a free-text detail. */
const sourceShape = {
  source: recordSourceSchema,
  sourceDetail: optionalText(500),
};
/**
 * Art. 17(3)(b): the record is kept to comply with a legal obligation (e.g.
 * an accounting voucher), so it may be stored even where the same externalId
 * was erased earlier.
 */
const legalObligation = flexibleBooleanSchema.optional();

export const customerRecordSchema = z.object({
  externalId: externalIdSchema,
  firstName: personNameSchema,
  lastName: personNameSchema,
  company: optionalText(),
  email: emailSchema.nullish(),
  phone: phoneSchema.nullish(),
  streetAddress: optionalText(),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'country.invalid')
    .default('FI'),
  relationshipStartedOn: flexibleDateSchema,
  relationshipEndedOn: flexibleDateSchema.nullish(),
  ...sourceShape,
  legalObligation,
});
export type CustomerRecord = z.output<typeof customerRecordSchema>;

export const serviceOrderRecordSchema = z.object({
  externalId: externalIdSchema,
  customerExternalId: externalIdSchema,
  serviceName: requiredText(200),
  description: optionalText(2000),
  status: z.enum(['active', 'paused', 'ended']).default('active'),
  orderedAt: flexibleDateTimeSchema,
  startsOn: flexibleDateSchema,
  endsOn: flexibleDateSchema.nullish(),
  /** Euros; stored as cents. */
  price: amountCentsSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  ...sourceShape,
});
export type ServiceOrderRecord = z.output<typeof serviceOrderRecordSchema>;

export const serviceOrderChangeRecordSchema = z.object({
  externalId: externalIdSchema,
  orderExternalId: externalIdSchema,
  changedAt: flexibleDateTimeSchema,
  changeType: requiredText(50),
  description: requiredText(2000),
  previousValue: optionalText(500),
  newValue: optionalText(500),
  ...sourceShape,
});
export type ServiceOrderChangeRecord = z.output<typeof serviceOrderChangeRecordSchema>;

export const invoiceLineRecordSchema = z.object({
  lineNo: wholeNumberSchema.pipe(z.int().min(1).max(10_000)),
  description: requiredText(500),
  quantity: wholeNumberSchema.pipe(z.int().min(-1_000_000).max(1_000_000)),
  unitPrice: amountCentsSchema,
  /** VAT percentage, e.g. 25.5. */
  vatRate: percentBasisPointsSchema,
  net: amountCentsSchema,
});
export type InvoiceLineRecord = z.output<typeof invoiceLineRecordSchema>;

export const invoiceRecordSchema = z.object({
  externalId: externalIdSchema,
  customerExternalId: externalIdSchema,
  number: requiredText(50),
  issuedOn: flexibleDateSchema,
  dueOn: flexibleDateSchema,
  /** The end of the financial year of the voucher (Kirjanpitolaki 1336/1997 2:10 counts from it). */
  financialYearEnd: flexibleDateSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  net: amountCentsSchema,
  vat: amountCentsSchema,
  total: amountCentsSchema,
  status: z.enum(['open', 'paid', 'credited']).default('open'),
  billingName: requiredText(300),
  billingAddress: optionalText(500),
  lines: z
    .array(invoiceLineRecordSchema)
    .max(1000)
    .default([])
    .refine(
      (lines) => new Set(lines.map((l) => l.lineNo)).size === lines.length,
      'lines.duplicate',
    ),
  ...sourceShape,
  legalObligation,
});
export type InvoiceRecord = z.output<typeof invoiceRecordSchema>;

export const marketingContactRecordSchema = z.object({
  externalId: externalIdSchema,
  customerExternalId: externalIdSchema.nullish(),
  firstName: personNameSchema,
  lastName: personNameSchema,
  company: optionalText(),
  email: emailSchema.nullish(),
  phone: phoneSchema.nullish(),
  streetAddress: optionalText(),
  postalCode: optionalText(20),
  city: optionalText(100),
  lastActivityOn: flexibleDateSchema,
  ...sourceShape,
});
export type MarketingContactRecord = z.output<typeof marketingContactRecordSchema>;

/**
 * One direct-marketing permission or prohibition, as history; the contact's
 * current decision per channel follows the latest event. `source` is how it
 * was given or withdrawn (web form, email, phone, letter ...).
 */
export const permissionEventRecordSchema = z.object({
  externalId: externalIdSchema,
  contactExternalId: externalIdSchema,
  channel: marketingChannelSchema,
  decision: z.enum(['granted', 'prohibited']),
  decidedAt: flexibleDateTimeSchema,
  note: optionalText(2000),
  ...sourceShape,
});
export type PermissionEventRecord = z.output<typeof permissionEventRecordSchema>;

export const syncRecordSchemas = {
  customers: customerRecordSchema,
  'service-orders': serviceOrderRecordSchema,
  'service-order-changes': serviceOrderChangeRecordSchema,
  invoices: invoiceRecordSchema,
  'marketing-contacts': marketingContactRecordSchema,
  'permission-events': permissionEventRecordSchema,
} as const satisfies Record<SyncRecordType, z.ZodType>;

export type SyncRecordOf = {
  [K in SyncRecordType]: z.output<(typeof syncRecordSchemas)[K]>;
};
