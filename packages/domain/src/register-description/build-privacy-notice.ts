import type { LocalDate } from '../calendar';
import type { PortalRetentionPeriods } from '../retention/portal-retention';
import { describeLegalBasis } from './describe-legal-basis';
import { formatNoticeDate } from './format-notice-date';
import { localize } from './localize';
import { resolveLocale, type Locale, type LocalizedText } from './localized-text';
import {
  fieldLabels,
  noticeTexts,
  portalRecordTypeLabels,
  portalRetentionRuleLabels,
  recipientRoleLabels,
  retentionRecordTypeLabels,
  retentionRuleLabels,
  rightLabels,
  sectionHeadings,
  transferSafeguardLabels,
  type PrivacyNoticeSectionId,
} from './privacy-notice-labels';
import type { Register, RegisterDescription } from './register-description-schema';

export interface PrivacyNoticeField {
  label: string;
  value: string;
  /** mailto:, tel: or https: link for the value, when it has one. */
  href?: string;
}

export type PrivacyNoticeBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'fields'; fields: PrivacyNoticeField[] }
  | { type: 'definitions'; items: { term: string; details: string[] }[] };

/** Id of the subsections about the portal's own processing (beside the register ids). */
export const PORTAL_SUBSECTION_ID = 'portal';

export interface PrivacyNoticeSubsection {
  /** The register id for per-register subsections; PORTAL_SUBSECTION_ID for the portal's own. */
  id: string;
  heading: string;
  blocks: PrivacyNoticeBlock[];
}

export interface PrivacyNoticeSection {
  id: PrivacyNoticeSectionId;
  heading: string;
  blocks: PrivacyNoticeBlock[];
  subsections: PrivacyNoticeSubsection[];
}

export interface PrivacyNotice {
  locale: Locale;
  title: string;
  version: string;
  drawnUpOn: LocalDate;
  lastChangedOn: LocalDate;
  introduction: PrivacyNoticeBlock[];
  /** In the order of the notice: controller first, cookies last. */
  sections: PrivacyNoticeSection[];
}

/**
 * The privacy notice in one language as plain structured data, for the web
 * page and the access export to render alike (GDPR Art. 12(1), 13, 14, 15).
 * Unsupported locales fall back to Finnish. `portalRetention` is the
 * controller's setting of the portal's own periods, the same numbers the
 * retention job deletes by.
 */
export function buildPrivacyNotice(
  description: RegisterDescription,
  locale: string,
  portalRetention: PortalRetentionPeriods,
): PrivacyNotice {
  const resolved = resolveLocale(locale);
  const t = (text: LocalizedText) => localize(text, resolved);
  const date = (value: string) => formatNoticeDate(value, resolved);
  const registers = description.registers;
  const perRegister = (blocksOf: (register: Register) => PrivacyNoticeBlock[]) =>
    registers.map((register) => ({
      id: register.id,
      heading: t(register.name),
      blocks: blocksOf(register),
    }));
  const section = (
    id: PrivacyNoticeSectionId,
    blocks: PrivacyNoticeBlock[],
    subsections: PrivacyNoticeSubsection[] = [],
  ): PrivacyNoticeSection => ({ id, heading: t(sectionHeadings[id]), blocks, subsections });
  const { controller, contactPerson, supervisoryAuthority: authority } = description;
  const portal = description.portalProcessing;
  const portalSubsection = (blocks: PrivacyNoticeBlock[]): PrivacyNoticeSubsection => ({
    id: PORTAL_SUBSECTION_ID,
    heading: t(portal.name),
    blocks,
  });
  const authorityHere = authority.inLanguage?.[resolved];

  const sections: PrivacyNoticeSection[] = [
    section('controller', [
      fields([
        { label: t(fieldLabels.name), value: controller.name },
        { label: t(fieldLabels.businessId), value: controller.businessId },
        { label: t(fieldLabels.address), value: formatAddress(controller.address, resolved) },
        controller.email === undefined
          ? undefined
          : emailField(t(fieldLabels.email), controller.email),
        controller.phone === undefined
          ? undefined
          : phoneField(t(fieldLabels.phone), controller.phone),
        controller.website === undefined
          ? undefined
          : websiteField(t(fieldLabels.website), controller.website),
      ]),
    ]),
    section('contact_person', [
      fields([
        { label: t(fieldLabels.name), value: contactPerson.name },
        emailField(t(fieldLabels.email), contactPerson.email),
        phoneField(t(fieldLabels.phone), contactPerson.phone),
      ]),
      paragraph(t(noticeTexts.contactPersonRole)),
    ]),
    section(
      'registers',
      [paragraph(t(noticeTexts.registersIntro))],
      [
        ...perRegister((register) => [paragraph(t(register.description))]),
        portalSubsection([paragraph(t(portal.description))]),
      ],
    ),
    section(
      'purposes',
      [],
      [
        ...perRegister((register) => [
          definitions(
            register.purposes.map((purpose) => ({
              term: t(purpose.description),
              details: [describeLegalBasis(purpose.legalBasis, resolved)],
            })),
          ),
        ]),
        portalSubsection([
          definitions(
            portal.purposes.map((purpose) => ({
              term: t(purpose.description),
              details: [describeLegalBasis(purpose.legalBasis, resolved)],
            })),
          ),
        ]),
      ],
    ),
    section(
      'data_content',
      [],
      [
        ...perRegister((register) => [
          definitions(
            register.dataCategories.map((category) => ({
              term: t(category.name),
              details: [t(category.description)],
            })),
          ),
        ]),
        portalSubsection([
          definitions(
            portal.dataCategories.map((category) => ({
              term: t(category.name),
              details: [t(category.description)],
            })),
          ),
        ]),
      ],
    ),
    section(
      'retention',
      [
        paragraph(t(description.retentionReview.statement)),
        paragraph(
          t(noticeTexts.reviewInterval).replaceAll(
            '{years}',
            yearsInWords(description.retentionReview.intervalYears, resolved),
          ),
        ),
      ],
      [
        ...perRegister((register) => [
          definitions(
            register.retention.map((rule) => ({
              term: `${t(retentionRecordTypeLabels[rule.appliesTo])}: ${fill(t(retentionRuleLabels[rule.rule]), rule.years)}`,
              details: [
                t(rule.explanation),
                ...(rule.legalBasis
                  ? [
                      `${t(fieldLabels.legalBasis)}: ${rule.legalBasisName ? t(rule.legalBasisName) : rule.legalBasis}`,
                    ]
                  : []),
              ],
            })),
          ),
          fields([{ label: t(fieldLabels.lastReviewedOn), value: date(register.lastReviewedOn) }]),
        ]),
        portalSubsection([
          definitions(
            portal.retention.map((rule) => ({
              term: `${t(portalRecordTypeLabels[rule.appliesTo])}: ${fillPeriods(t(portalRetentionRuleLabels[rule.appliesTo]), portalRetention, rule.appliesTo)}`,
              details: [t(rule.explanation)],
            })),
          ),
        ]),
      ],
    ),
    section(
      'recipients',
      [
        paragraph(t(description.disclosures.internalProcessing)),
        ...(description.disclosures.cases.length > 0
          ? [
              paragraph(t(noticeTexts.disclosureCasesIntro)),
              list(description.disclosures.cases.map((disclosure) => t(disclosure.description))),
            ]
          : []),
      ],
      perRegister((register) =>
        register.recipients.length === 0
          ? [paragraph(t(noticeTexts.noRecipients))]
          : [
              definitions(
                register.recipients.map((recipient) => ({
                  term: t(recipient.name),
                  details: [
                    `${t(fieldLabels.role)}: ${t(recipientRoleLabels[recipient.role])}`,
                    `${t(fieldLabels.location)}: ${t(recipient.country)}`,
                    `${t(fieldLabels.purpose)}: ${t(recipient.purpose)}`,
                    ...(recipient.safeguard
                      ? [
                          `${t(fieldLabels.safeguard)}: ${t(transferSafeguardLabels[recipient.safeguard])}`,
                        ]
                      : []),
                  ],
                })),
              ),
            ],
      ),
    ),
    section(
      'sources',
      [],
      perRegister((register) => [list(register.sources.map((source) => t(source.label)))]),
    ),
    section(
      'transfers',
      [],
      perRegister((register) =>
        register.transfers.length === 0
          ? [paragraph(t(noticeTexts.noTransfers))]
          : [
              definitions(
                register.transfers.map((transfer) => ({
                  term: `${t(transfer.recipient)} – ${t(transfer.countryOrRegion)}`,
                  details: [
                    ...(transfer.safeguard
                      ? [
                          `${t(fieldLabels.safeguard)}: ${t(transferSafeguardLabels[transfer.safeguard])}`,
                        ]
                      : []),
                    t(transfer.description),
                  ],
                })),
              ),
            ],
      ),
    ),
    section('security', [
      paragraph(t(description.security.summary)),
      list(description.security.measures.map(t)),
    ]),
    section('rights', [
      paragraph(t(description.rights.requestHandling)),
      definitions(
        description.rights.items.map((right) => ({
          term: `${t(rightLabels[right.id].name)} (${t(rightLabels[right.id].article)})`,
          details: [t(right.description), t(right.howToUse)],
        })),
      ),
    ]),
    section('complaint', [
      paragraph(t(authority.complaintInstructions)),
      fields([
        { label: t(fieldLabels.name), value: t(authority.name) },
        {
          label: t(fieldLabels.visitingAddress),
          value: formatAddress(
            authorityHere?.visitingAddress ?? authority.visitingAddress,
            resolved,
          ),
        },
        {
          label: t(fieldLabels.postalAddress),
          value: formatAddress(authorityHere?.postalAddress ?? authority.postalAddress, resolved),
        },
        emailField(t(fieldLabels.email), authority.email),
        phoneField(t(fieldLabels.phone), authority.phone),
        websiteField(t(fieldLabels.website), authorityHere?.website ?? authority.website),
      ]),
    ]),
    section('automated_decisions', [paragraph(t(description.automatedDecisionMaking.statement))]),
    section('cookies', [paragraph(t(description.cookies.statement))]),
  ];

  return {
    locale: resolved,
    title: t(description.title),
    version: description.version,
    drawnUpOn: description.drawnUpOn,
    lastChangedOn: description.lastChangedOn,
    introduction: [
      paragraph(t(description.introduction)),
      fields([
        { label: t(fieldLabels.drawnUpOn), value: date(description.drawnUpOn) },
        { label: t(fieldLabels.lastChangedOn), value: date(description.lastChangedOn) },
      ]),
    ],
    sections,
  };
}

const paragraph = (text: string): PrivacyNoticeBlock => ({ type: 'paragraph', text });
const list = (items: string[]): PrivacyNoticeBlock => ({ type: 'list', items });
const definitions = (items: { term: string; details: string[] }[]): PrivacyNoticeBlock => ({
  type: 'definitions',
  items,
});
const fields = (entries: (PrivacyNoticeField | undefined)[]): PrivacyNoticeBlock => ({
  type: 'fields',
  fields: entries.filter((entry): entry is PrivacyNoticeField => entry !== undefined),
});

const emailField = (label: string, email: string): PrivacyNoticeField => ({
  label,
  value: email,
  href: `mailto:${email}`,
});
const phoneField = (label: string, phone: string): PrivacyNoticeField => ({
  label,
  value: phone,
  href: `tel:${phone.replace(/[^0-9+]/g, '')}`,
});
const websiteField = (label: string, url: string): PrivacyNoticeField => ({
  label,
  value: url,
  href: url,
});

/**
 * Small numbers in running text as words, as Finnish and Swedish style guides
 * ask ("kahden vuoden välein", not "2 vuoden välein"); the Finnish form is the
 * genitive the sentence needs.
 */
const NUMBER_WORDS: Record<Locale, readonly string[]> = {
  fi: [
    '',
    'yhden',
    'kahden',
    'kolmen',
    'neljän',
    'viiden',
    'kuuden',
    'seitsemän',
    'kahdeksan',
    'yhdeksän',
    'kymmenen',
  ],
  sv: ['', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'],
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

function yearsInWords(years: number, locale: Locale): string {
  return NUMBER_WORDS[locale][years] ?? String(years);
}

function fill(template: string, years: number): string {
  return template.replaceAll('{years}', String(years));
}

/** A portal period: audit entries count in their own years, everything else in the request years. */
function fillPeriods(
  template: string,
  periods: PortalRetentionPeriods,
  recordType: keyof typeof portalRetentionRuleLabels,
): string {
  const years = recordType === 'audit_entry' ? periods.auditYears : periods.requestYears;
  return template
    .replaceAll('{years}', String(years))
    .replaceAll('{days}', String(periods.mailBodyDays));
}

function formatAddress(
  address: RegisterDescription['controller']['address'],
  locale: Locale,
): string {
  const country =
    new Intl.DisplayNames([locale], { type: 'region' }).of(address.country) ?? address.country;
  return [...address.lines, `${address.postalCode} ${address.city}`, country].join(', ');
}
