// Value parsers shared by import files, the sync API and the console forms.
// Finnish spreadsheet exports write dates as d.M.yyyy and amounts with a
// decimal comma; JSON callers send ISO dates and numbers. Both land as the
// same typed value.
import { z } from 'zod';

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `2026-12-31` or `31.12.2026` → `2026-12-31`; null when not a real calendar date. */
export function parseFlexibleDate(text: string): string | null {
  const value = text.trim();
  const fi = FINNISH_DATE.exec(value);
  const iso = ISO_DATE.exec(value);
  const parts = fi
    ? [Number(fi[3]), Number(fi[2]), Number(fi[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts as [number, number, number];
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An ISO date-time with offset, or a date alone (ISO or d.M.yyyy) meaning the
 * start of that day in UTC → ISO string; null when neither.
 */
export function parseFlexibleDateTime(text: string): string | null {
  const value = text.trim();
  const date = parseFlexibleDate(value);
  if (date) return `${date}T00:00:00.000Z`;
  if (!z.iso.datetime({ offset: true }).safeParse(value).success) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/**
 * Euros as a number (49.9) or text with a decimal comma or point and optional
 * thousands spaces ("1 249,90") → whole cents; null when not an amount.
 */
export function parseAmountCents(input: string | number): number | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    const cents = Math.round(input * 100);
    return Math.abs(cents - input * 100) < 1e-6 && Number.isSafeInteger(cents) ? cents : null;
  }
  const text = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return match[1] === '-' ? -cents : cents;
}

/** A VAT percentage (25.5 or "25,5") → basis points (2550); null when not one. */
export function parsePercentBasisPoints(input: string | number): number | null {
  const cents = parseAmountCents(input);
  return cents === null || cents < 0 || cents > 10_000 ? null : cents;
}

export const flexibleDateSchema = z.string().transform((value, ctx) => {
  const date = parseFlexibleDate(value);
  if (date === null) {
    ctx.addIssue({ code: 'custom', message: 'date.invalid' });
    return z.NEVER;
  }
  return date;
});

export const flexibleDateTimeSchema = z.string().transform((value, ctx) => {
  const at = parseFlexibleDateTime(value);
  if (at === null) {
    ctx.addIssue({ code: 'custom', message: 'dateTime.invalid' });
    return z.NEVER;
  }
  return at;
});

export const amountCentsSchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const cents = parseAmountCents(value);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: 'amount.invalid' });
    return z.NEVER;
  }
  return cents;
});

export const percentBasisPointsSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const bp = parsePercentBasisPoints(value);
    if (bp === null) {
      ctx.addIssue({ code: 'custom', message: 'percent.invalid' });
      return z.NEVER;
    }
    return bp;
  });

/** Whole numbers from JSON numbers or file text. */
export const wholeNumberSchema = z.union([
  z.int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform(Number),
]);

/** true/false from JSON or file text (true/false, 1/0, yes/no, kyllä/ei, ja/nej). */
export const flexibleBooleanSchema = z.union([z.boolean(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'boolean') return value;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'kyllä', 'ja'].includes(text)) return true;
  if (['false', '0', 'no', 'ei', 'nej', ''].includes(text)) return false;
  ctx.addIssue({ code: 'custom', message: 'boolean.invalid' });
  return z.NEVER;
});
