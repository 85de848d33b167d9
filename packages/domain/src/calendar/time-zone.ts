import { InvalidDateError } from './local-date';

const checkedTimeZones = new Map<string, boolean>();

/** True when the runtime's Intl knows the IANA time zone name (e.g. `Europe/Helsinki`). */
export function isValidTimeZone(timeZone: string): boolean {
  const cached = checkedTimeZones.get(timeZone);
  if (cached !== undefined) return cached;
  let isValid = true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    isValid = false;
  }
  checkedTimeZones.set(timeZone, isValid);
  return isValid;
}

export function assertValidTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new InvalidDateError(`Unknown time zone: ${timeZone}`);
  }
}
