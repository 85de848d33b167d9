import { parseFlexibleDate } from '@oikeus/contracts';

/**
 * A key's last day as typed (31.12.2027 or 2027-12-31) → `YYYY-MM-DD` for the
 * contract; blank means the key works until revoked. Text that is no date is
 * passed on as it is, so the contract's message names the problem.
 */
export function expiresOnInput(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return parseFlexibleDate(text) ?? text.trim();
}
