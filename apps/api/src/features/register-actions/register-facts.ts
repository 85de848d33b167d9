import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  localize,
  parseRegisterDescription,
  type InvoiceRetentionRule,
  type RegisterDescription,
} from '@oikeus/domain';
import YAML from 'yaml';
import type { AppContext } from '../../context';
import { repoRoot } from '../../paths';

/**
 * Kirjanpitolaki (Accounting Act) 1336/1997 2:10: vouchers are kept six years
 * from the end of the year in which the financial year ended. Used when the
 * register description cannot be read, so erasure never deletes a voucher early.
 */
export const DEFAULT_INVOICE_RETENTION: InvoiceRetentionRule = {
  id: 'accounting_vouchers',
  appliesTo: 'invoice',
  rule: 'years_after_end_of_year_of_financial_year_end',
  years: 6,
  legalBasis: 'Kirjanpitolaki 1336/1997 2:10',
};

const cache = new Map<string, RegisterDescription | null>();

function loadDescription(ctx: AppContext): RegisterDescription | null {
  const file = path.resolve(repoRoot, ctx.env.REGISTER_DESCRIPTION_PATH);
  if (!cache.has(file)) {
    try {
      cache.set(file, parseRegisterDescription(YAML.parse(readFileSync(file, 'utf8'))));
    } catch (err) {
      ctx.logger.warn(
        { err, file },
        'register description unreadable; built-in voucher retention used',
      );
      cache.set(file, null);
    }
  }
  return cache.get(file) ?? null;
}

/** The voucher retention rule from the register description (the notice's section 5). */
export function invoiceRetentionRule(ctx: AppContext): InvoiceRetentionRule {
  for (const register of loadDescription(ctx)?.registers ?? []) {
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
  ctx: AppContext,
  locale: string,
): Array<{ id: string; name: string }> {
  const seen = new Map<string, string>();
  for (const register of loadDescription(ctx)?.registers ?? []) {
    for (const recipient of register.recipients) {
      if (!seen.has(recipient.id)) seen.set(recipient.id, localize(recipient.name, locale));
    }
  }
  return [...seen].map(([id, name]) => ({ id, name }));
}
