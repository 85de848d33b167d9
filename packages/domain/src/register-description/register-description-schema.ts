import { z } from 'zod';
import { localDateSchema } from '../calendar';
import { portalRecordTypeSchema } from '../retention/portal-retention';
import { retentionRecordTypeSchema, retentionRuleSchema } from '../retention/retention-rule';
import { legalBasisSchema } from './legal-basis';
import { localizedTextSchema } from './localized-text';
import { recordSourceSchema } from './record-source';

const requiredOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required' : message;

const textSchema = z
  .string({ error: requiredOr('expected text') })
  .trim()
  .min(1, { error: 'must not be empty' });
const idSchema = z
  .string({ error: requiredOr('expected an id') })
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'expected an id of lower-case letters, digits and _' });
const emailSchema = z.email({ error: requiredOr('expected an email address') });
const phoneSchema = z
  .string({ error: requiredOr('expected a phone number') })
  .regex(/^\+?[0-9][0-9 ()-]{4,}$/, {
    error: 'expected a phone number of digits, spaces and + ( ) -',
  });
const urlSchema = z.url({ protocol: /^https?$/, error: requiredOr('expected an http(s) address') });
const positiveIntegerSchema = z
  .int({ error: requiredOr('expected a positive integer') })
  .positive({ error: 'expected a positive integer' });
const countryCodeSchema = z
  .string({ error: requiredOr('expected a country code') })
  .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter ISO 3166 country code such as FI' });

const postalAddressSchema = z.strictObject({
  lines: z.array(textSchema).min(1, { error: 'expected at least one address line' }),
  postalCode: textSchema,
  city: textSchema,
  country: countryCodeSchema,
});

const registerIdSchema = z.enum(['customer', 'marketing']);
export type RegisterId = z.infer<typeof registerIdSchema>;
/** The two registers of Inope Oy's notice; requests target one or both. */
const REGISTER_IDS = registerIdSchema.options;

const rightIdSchema = z.enum([
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
  'complaint',
]);
export type RightId = z.infer<typeof rightIdSchema>;
const RIGHT_IDS = rightIdSchema.options;

const recipientRoleSchema = z.enum(['processor', 'independent_controller', 'public_authority']);
export type RecipientRole = z.infer<typeof recipientRoleSchema>;

/** GDPR Art. 45, 46(2)(c) and 47: the grounds a transfer outside the EU/EEA may rest on. */
const transferSafeguardSchema = z.enum([
  'adequacy_decision',
  'standard_contractual_clauses',
  'binding_corporate_rules',
]);
export type TransferSafeguard = z.infer<typeof transferSafeguardSchema>;

/**
 * What a person's records can show about them, so an access answer lists only
 * the purposes and categories that apply to this person (EDPB 01/2022
 * §§ 110–120: the Art. 15(1) information is tailored to the requester).
 */
const personalFactSchema = z.enum([
  'customer',
  'service_order',
  'invoice',
  'marketing_contact',
  'marketing_consent',
  'marketing_prohibition',
]);
export type PersonalFact = z.infer<typeof personalFactSchema>;
/** Absent: applies to everyone with a record in the register; else when any listed fact holds. */
const appliesWhenSchema = z
  .array(personalFactSchema)
  .min(1, { error: 'expected at least one fact, or leave appliesWhen out' })
  .optional();

const explanation = {
  explanation: localizedTextSchema,
  // The statute behind `legalBasis` as each language names it; the machine field stays as it is.
  legalBasisName: localizedTextSchema.optional(),
};
const [customerRule, invoiceRule, marketingContactRule, marketingWithCustomerRule] =
  retentionRuleSchema.options;

/** A machine-readable retention rule with the text the notice shows for it (Art. 15(1)(d)). */
const describedRetentionRuleSchema = z.discriminatedUnion('rule', [
  customerRule.extend(explanation),
  invoiceRule.extend(explanation),
  marketingContactRule.extend(explanation),
  marketingWithCustomerRule.extend(explanation),
]);

const registerSchema = z.strictObject({
  id: registerIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  lastReviewedOn: localDateSchema,
  // Art. 13(1)(c), 15(1)(a): each purpose with its legal basis.
  purposes: z
    .array(
      z.strictObject({
        id: idSchema,
        legalBasis: legalBasisSchema,
        description: localizedTextSchema,
        appliesWhen: appliesWhenSchema,
      }),
    )
    .min(1, { error: 'expected at least one purpose' })
    .superRefine(requireUniqueIds),
  // Art. 15(1)(b)
  dataCategories: z
    .array(
      z.strictObject({
        id: idSchema,
        name: localizedTextSchema,
        description: localizedTextSchema,
        appliesWhen: appliesWhenSchema,
      }),
    )
    .min(1, { error: 'expected at least one data category' })
    .superRefine(requireUniqueIds),
  // Art. 14(2)(f), 15(1)(g)
  sources: z
    .array(z.strictObject({ id: recordSourceSchema, label: localizedTextSchema }))
    .min(1, { error: 'expected at least one source' })
    .superRefine(requireUniqueIds),
  // Art. 15(1)(c)
  recipients: z
    .array(
      z.strictObject({
        id: idSchema,
        name: localizedTextSchema,
        role: recipientRoleSchema,
        country: localizedTextSchema,
        purpose: localizedTextSchema,
        // Art. 15(2): only where the recipient is outside the EU/EEA and the controller has
        // confirmed which safeguard it relies on; never assumed.
        safeguard: transferSafeguardSchema.optional(),
      }),
    )
    .superRefine(requireUniqueIds),
  // Art. 15(1)(c), 15(2)
  transfers: z
    .array(
      z.strictObject({
        id: idSchema,
        recipient: localizedTextSchema,
        countryOrRegion: localizedTextSchema,
        // Only a safeguard the controller has confirmed (Art. 46); the notice prints none otherwise.
        safeguard: transferSafeguardSchema.optional(),
        description: localizedTextSchema,
      }),
    )
    .superRefine(requireUniqueIds),
  // Art. 15(1)(d)
  retention: z
    .array(describedRetentionRuleSchema)
    .min(1, { error: 'expected at least one retention rule' }),
});
export type Register = z.infer<typeof registerSchema>;

/**
 * The portal's own processing: the accounts, requests, messages, files,
 * sign-in codes, mail and audit entries it keeps about the people who use it
 * (Art. 13(1)(c), 13(2)(a); Art. 12 and 5(2) are the obligations it serves).
 * Each kind of record has exactly one retention entry; the periods the
 * controller sets (PortalRetentionPeriods) are printed with it.
 */
export const portalProcessingSchema = z.strictObject({
  name: localizedTextSchema,
  description: localizedTextSchema,
  purposes: z
    .array(
      z.strictObject({
        id: idSchema,
        legalBasis: legalBasisSchema,
        description: localizedTextSchema,
      }),
    )
    .min(1, { error: 'expected at least one purpose' })
    .superRefine(requireUniqueIds),
  dataCategories: z
    .array(
      z.strictObject({
        id: idSchema,
        name: localizedTextSchema,
        description: localizedTextSchema,
      }),
    )
    .min(1, { error: 'expected at least one data category' })
    .superRefine(requireUniqueIds),
  retention: z
    .array(z.strictObject({ appliesTo: portalRecordTypeSchema, explanation: localizedTextSchema }))
    .superRefine((rules, context) => {
      const seen = new Set<string>();
      rules.forEach((rule, index) => {
        if (seen.has(rule.appliesTo)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'appliesTo'],
            message: `a second entry for ${rule.appliesTo}; each kind of portal record needs exactly one`,
          });
        }
        seen.add(rule.appliesTo);
      });
      for (const recordType of portalRecordTypeSchema.options) {
        if (!seen.has(recordType)) {
          context.addIssue({
            code: 'custom',
            message: `no retention entry for ${recordType}; each kind of portal record needs exactly one`,
          });
        }
      }
    }),
});
export type PortalProcessing = z.infer<typeof portalProcessingSchema>;

export const registerDescriptionSchema = z
  .strictObject({
    version: textSchema,
    drawnUpOn: localDateSchema,
    lastChangedOn: localDateSchema,
    title: localizedTextSchema,
    introduction: localizedTextSchema,
    controller: z.strictObject({
      name: textSchema,
      businessId: textSchema,
      address: postalAddressSchema,
      email: emailSchema.optional(),
      phone: phoneSchema.optional(),
      website: urlSchema.optional(),
    }),
    contactPerson: z.strictObject({ name: textSchema, email: emailSchema, phone: phoneSchema }),
    portalProcessing: portalProcessingSchema,
    registers: z.array(registerSchema).superRefine((registers, context) => {
      requireUniqueIds(registers, context);
      for (const id of REGISTER_IDS) {
        if (!registers.some((register) => register.id === id)) {
          context.addIssue({ code: 'custom', message: `expected a register with id "${id}"` });
        }
      }
    }),
    // GDPR Art. 5(1)(e): the notice promises a review of the need to keep data.
    retentionReview: z.strictObject({
      intervalYears: positiveIntegerSchema,
      statement: localizedTextSchema,
    }),
    disclosures: z.strictObject({
      internalProcessing: localizedTextSchema,
      cases: z
        .array(z.strictObject({ id: idSchema, description: localizedTextSchema }))
        .superRefine(requireUniqueIds),
    }),
    // Art. 15(1)(h)
    automatedDecisionMaking: z.strictObject({
      isUsed: z.boolean(),
      isProfilingUsed: z.boolean(),
      statement: localizedTextSchema,
    }),
    // Art. 32 in summary
    security: z.strictObject({
      summary: localizedTextSchema,
      measures: z.array(localizedTextSchema).min(1, { error: 'expected at least one measure' }),
    }),
    // Art. 13(2)(b)-(d), 15(1)(e)-(f)
    rights: z.strictObject({
      requestHandling: localizedTextSchema,
      items: z
        .array(
          z.strictObject({
            id: rightIdSchema,
            description: localizedTextSchema,
            howToUse: localizedTextSchema,
          }),
        )
        .superRefine((items, context) => {
          requireUniqueIds(items, context);
          for (const id of RIGHT_IDS) {
            if (!items.some((item) => item.id === id)) {
              context.addIssue({
                code: 'custom',
                message: `expected the right "${id}" to be described`,
              });
            }
          }
        }),
    }),
    // Art. 77; Art. 13(2)(d)
    supervisoryAuthority: z.strictObject({
      name: localizedTextSchema,
      visitingAddress: postalAddressSchema,
      postalAddress: postalAddressSchema,
      email: emailSchema,
      phone: phoneSchema,
      website: urlSchema,
      complaintInstructions: localizedTextSchema,
      // The authority's own forms in other languages (sv: Fågelviksgränden 4, Helsingfors;
      // tietosuoja.fi/sv); where a language is not listed, the fields above are used.
      inLanguage: z
        .partialRecord(
          z.enum(['fi', 'sv', 'en']),
          z.strictObject({
            visitingAddress: postalAddressSchema.optional(),
            postalAddress: postalAddressSchema.optional(),
            website: urlSchema.optional(),
          }),
        )
        .optional(),
    }),
    cookies: z.strictObject({ statement: localizedTextSchema }),
  })
  .superRefine((description, context) => {
    // Both are validated YYYY-MM-DD strings, which sort like dates.
    if (description.lastChangedOn < description.drawnUpOn) {
      context.addIssue({
        code: 'custom',
        path: ['lastChangedOn'],
        message: `must not be before drawnUpOn (${description.drawnUpOn})`,
      });
    }
    requireOneRulePerRecordType(description.registers, context);
  });

export type RegisterDescription = z.infer<typeof registerDescriptionSchema>;

function requireUniqueIds(items: readonly { id: string }[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${item.id}"`,
      });
    }
    seen.add(item.id);
  });
}

/**
 * The retention job needs exactly one rule per kind of record: never guess
 * which period applies to personal data. Rule ids must be unique so every
 * retention decision can name the rule it followed.
 */
function requireOneRulePerRecordType(
  registers: readonly Register[],
  context: z.RefinementCtx,
): void {
  const ruleIds = new Set<string>();
  const recordTypesSeen = new Set<string>();
  registers.forEach((register, registerIndex) => {
    register.retention.forEach((rule, ruleIndex) => {
      const path = ['registers', registerIndex, 'retention', ruleIndex];
      if (ruleIds.has(rule.id)) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate rule id "${rule.id}"`,
        });
      }
      if (recordTypesSeen.has(rule.appliesTo)) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'appliesTo'],
          message: `a second rule for ${rule.appliesTo} records; each record type needs exactly one rule`,
        });
      }
      ruleIds.add(rule.id);
      recordTypesSeen.add(rule.appliesTo);
    });
  });
  for (const recordType of retentionRecordTypeSchema.options) {
    if (!recordTypesSeen.has(recordType)) {
      context.addIssue({
        code: 'custom',
        path: ['registers'],
        message: `no retention rule for ${recordType} records; each record type needs exactly one rule`,
      });
    }
  }
}
