export {
  PORTAL_SUBSECTION_ID,
  buildPrivacyNotice,
  type PrivacyNotice,
  type PrivacyNoticeBlock,
  type PrivacyNoticeField,
  type PrivacyNoticeSection,
  type PrivacyNoticeSubsection,
} from './build-privacy-notice';
export { describeLegalBasis } from './describe-legal-basis';
export { formatNoticeDate } from './format-notice-date';
export { LEGAL_BASIS_TEXTS, legalBasisSchema, type LegalBasis } from './legal-basis';
export { localize } from './localize';
export {
  DEFAULT_LOCALE,
  LOCALES,
  localeSchema,
  localizedTextSchema,
  resolveLocale,
  type Locale,
  type LocalizableText,
  type LocalizedText,
} from './localized-text';
export { parseRegisterDescription } from './parse-register-description';
export {
  portalRecordTypeLabels,
  portalRetentionRuleLabels,
  recipientRoleLabels,
  transferSafeguardLabels,
  type PrivacyNoticeSectionId,
} from './privacy-notice-labels';
export { RECORD_SOURCES, recordSourceSchema, type RecordSource } from './record-source';
export {
  portalProcessingSchema,
  registerDescriptionSchema,
  type PersonalFact,
  type PortalProcessing,
  type RecipientRole,
  type Register,
  type RegisterDescription,
  type RegisterId,
  type RightId,
  type TransferSafeguard,
} from './register-description-schema';
