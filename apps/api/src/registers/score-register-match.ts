import { MATCH_SCORES, type MatchReason } from '@oikeus/contracts';

export interface MatchQuery {
  email?: string | undefined;
  phone?: string | undefined;
  name?: string | undefined;
  company?: string | undefined;
  address?: string | undefined;
}

export interface MatchableRecord {
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
}

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Phone numbers to one international form: "040 123 4567", "+358 40 1234567"
 * and "00358401234567" are the same number. A leading 0 is a Finnish trunk
 * prefix (the controller is Finnish).
 */
export function normalisePhone(value: string): string {
  const trimmed = value.trim();
  let digits = trimmed.replace(/[^0-9]/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+358${digits.slice(1)}`;
  if (digits.startsWith('358') && digits.length >= 10) return `+${digits}`;
  digits = digits.replace(/^0+/, '');
  return `+358${digits}`;
}

export function normaliseText(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(value: string): string[] {
  return normaliseText(value).split(' ').filter(Boolean);
}

/** Company names compared without the legal form, so "Yritys Oy" matches "Yritys". */
function companyKey(value: string): string {
  return normaliseText(value)
    .replace(/\b(oy|oyj|ab|ky|tmi|ry|ltd|inc|gmbh|as|avoin yhtiö)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function postalCodeIn(value: string): string | null {
  return /\b(\d{5})\b/.exec(value)?.[1] ?? null;
}

function hasAll(haystack: string[], needles: string[]): boolean {
  return needles.length > 0 && needles.every((n) => haystack.includes(n));
}

/**
 * How well a register record matches what the person told us. The score is
 * the strongest signal — email 100, phone 80, name + company 60, name 40,
 * address 30, company 20 — plus 5 for each further signal, at most 100.
 * Name: every word of the record's first and last name appears in the given
 * name (either order). Address: the record's street appears in the given
 * address, and the postal codes agree when both are known.
 */
export function scoreRegisterMatch(
  query: MatchQuery,
  record: MatchableRecord,
): { score: number; reasons: MatchReason[] } {
  const reasons: MatchReason[] = [];
  if (query.email && record.email && normaliseEmail(query.email) === normaliseEmail(record.email))
    reasons.push('email');
  if (query.phone && record.phone && normalisePhone(query.phone) === normalisePhone(record.phone))
    reasons.push('phone');

  const given = query.name ? nameTokens(query.name) : [];
  const isNameMatch = hasAll(given, [
    ...nameTokens(record.firstName),
    ...nameTokens(record.lastName),
  ]);
  const queryCompany = query.company ? companyKey(query.company) : '';
  const recordCompany = record.company ? companyKey(record.company) : '';
  const isCompanyMatch =
    queryCompany.length > 1 && recordCompany.length > 1 && queryCompany === recordCompany;
  if (isNameMatch && isCompanyMatch) reasons.push('name_company');
  else if (isNameMatch) reasons.push('name');
  else if (isCompanyMatch) reasons.push('company');

  if (query.address && record.streetAddress) {
    const street = normaliseText(record.streetAddress);
    const address = normaliseText(query.address);
    const queryPostal = postalCodeIn(query.address);
    const isPostalOk =
      !queryPostal || !record.postalCode || queryPostal === record.postalCode.trim();
    if (street.length > 2 && address.includes(street) && isPostalOk) reasons.push('address');
  }

  if (reasons.length === 0) return { score: 0, reasons };
  const scores = reasons.map((r) => MATCH_SCORES[r]).sort((a, b) => b - a);
  const score = Math.min(100, (scores[0] ?? 0) + 5 * (scores.length - 1));
  return { score, reasons };
}
