import { localize, type InvoiceRetentionRule } from '@oikeus/domain';
import type { AppContext } from '../../context';

/**
 * Kirjanpitolaki (Accounting Act) 1336/1997 2:10: vouchers are kept six years
 * from the end of the year in which the financial year ended. Used when the
 * register description names no voucher rule, so erasure never deletes a voucher early.
 */
export const DEFAULT_INVOICE_RETENTION: InvoiceRetentionRule = {
  id: 'accounting_vouchers',
  appliesTo: 'invoice',
  rule: 'years_after_end_of_year_of_financial_year_end',
  years: 6,
  legalBasis: 'Kirjanpitolaki 1336/1997 2:10',
};

/** The voucher retention rule from the register description (the notice's section 5). */
export function invoiceRetentionRule(
  ctx: Pick<AppContext, 'registerDescription'>,
): InvoiceRetentionRule {
  for (const register of ctx.registerDescription.registers) {
    for (const rule of register.retention) {
      if (rule.rule === 'years_after_end_of_year_of_financial_year_end') {
        return {
          id: rule.id,
          appliesTo: 'invoice',
          rule: rule.rule,
          years: rule.years,
          legalBasis: rule.legalBasis,
        };
      }
    }
  }
  return DEFAULT_INVOICE_RETENTION;
}

/** Recipients named in the register description, for Art. 19 notices. */
export function describedRecipients(
  ctx: Pick<AppContext, 'registerDescription'>,
  locale: string,
): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const register of ctx.registerDescription.registers) {
    for (const recipient of register.recipients) {
      if (!seen.has(recipient.id)) seen.set(recipient.id, localize(recipient.name, locale));
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
