/**
 * GDPR Art. 18: while processing is restricted the data is only stored. When
 * the ground of the restriction needs the data kept — the subject asked for
 * restriction instead of erasure (18(1)(b)) or needs it for legal claims
 * (18(1)(c)) — the retention job must not delete it. The caller decides
 * `restrictionRequiresKeeping` from the restriction's ground.
 */
export interface RestrictionFacts {
  hasActiveRestriction: boolean;
  restrictionRequiresKeeping: boolean;
}

export interface CustomerRetentionFacts extends RestrictionFacts {
  id: string;
  /** `YYYY-MM-DD`; null while the customer relationship is ongoing. */
  relationshipEndedOn: string | null;
}

export interface InvoiceRetentionFacts extends Partial<RestrictionFacts> {
  id: string;
  customerId: string;
  /** Last day (`YYYY-MM-DD`) of the financial year the voucher belongs to. */
  financialYearEnd: string;
}

export interface MarketingContactRetentionFacts extends Partial<RestrictionFacts> {
  id: string;
  /** `YYYY-MM-DD` of the last contact or other activity. */
  lastActivityOn: string;
  /** true while the person is also a customer with an ongoing relationship. */
  hasCustomerRelationship: boolean;
  /**
   * `YYYY-MM-DD` the linked customer's relationship ended (or the day the
   * customer was anonymised); absent when the contact has no customer or the
   * relationship is ongoing. A former customer's contact goes with the
   * customer's data at the latest (the notice, section 5).
   */
  customerRelationshipEndedOn?: string | null;
}

export interface RetentionRecords {
  customers?: readonly CustomerRetentionFacts[];
  invoices?: readonly InvoiceRetentionFacts[];
  marketingContacts?: readonly MarketingContactRetentionFacts[];
}
