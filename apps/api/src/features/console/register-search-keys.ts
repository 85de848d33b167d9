import type { Db } from '../../db/client';
import { Prisma } from '../../generated/sqlite/client';
import { nameTokens, normalisePhone } from '../../registers/score-register-match';

/**
 * The indexed lookups of the register search. Phone and name cannot use a
 * plain column index as the search needs them (any phone format, any letter
 * case), so the migration `20261201100000_performance` indexes two
 * expressions on Customer and MarketingContact, and these queries repeat them
 * verbatim — both databases use an expression index only when the query's
 * expression is the same. Any change here needs a migration with the same text.
 */

/** Characters stored phone numbers are written with besides digits. */
const PHONE_SEPARATORS = [' ', '-', '(', ')', '.', '/', '+'];

const digitsSql = PHONE_SEPARATORS.reduce(
  (sql, char) => `replace(${sql}, '${char}', '')`,
  '"phone"',
);

/**
 * `normalisePhone` in SQL, without the leading "+": the E.164 digits of a
 * number written with the separators above. The same on SQLite and PostgreSQL.
 */
export const PHONE_KEY_SQL =
  `(CASE WHEN substr(ltrim("phone"), 1, 1) = '+' THEN ${digitsSql}` +
  ` WHEN substr(${digitsSql}, 1, 2) = '00' THEN substr(${digitsSql}, 3)` +
  ` WHEN substr(${digitsSql}, 1, 1) = '0' THEN '358' || substr(${digitsSql}, 2)` +
  ` WHEN substr(${digitsSql}, 1, 3) = '358' AND length(${digitsSql}) >= 10 THEN ${digitsSql}` +
  ` ELSE '358' || ${digitsSql} END)`;

/** The key a phone number is looked up by: `normalisePhone` without its "+". */
export function phoneKey(value: string): string {
  return normalisePhone(value).slice(1);
}

/**
 * A name word and its capitalised form: SQLite's lower() folds only ASCII,
 * so "Äijälä" is indexed as "Äijälä" and found by the second.
 */
function caseVariants(token: string): string[] {
  const capitalised = token.charAt(0).toUpperCase() + token.slice(1);
  return [...new Set([token, capitalised])];
}

/** Beyond every character: `prefix + TOP` is above every string that starts with prefix. */
const TOP = '\u{10FFFF}';

type Register = 'Customer' | 'MarketingContact';

function startsWithAny(provider: 'sqlite' | 'postgresql', column: string, tokens: string[]) {
  const variants = tokens.flatMap(caseVariants);
  // SQLite's LIKE cannot use an expression index; a range can. PostgreSQL's
  // index is text_pattern_ops, which serves LIKE 'prefix%' in any collation.
  // Tokens hold only letters and digits (nameTokens), never LIKE wildcards.
  const terms = variants.map((v) =>
    provider === 'postgresql'
      ? Prisma.sql`lower(${Prisma.raw(column)}) LIKE ${`${v}%`}`
      : Prisma.sql`(lower(${Prisma.raw(column)}) >= ${v} AND lower(${Prisma.raw(column)}) < ${v + TOP})`,
  );
  return Prisma.sql`(${Prisma.join(terms, ' OR ')})`;
}

/** Ids whose phone is the same number as `phone`, in any of the stored formats. */
export async function idsByPhone(
  prisma: Db,
  register: Register,
  phone: string,
  limit: number,
): Promise<string[]> {
  const rows = await prisma.$queryRaw<Array<{ id: string }>>(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${register}"`)} WHERE ${Prisma.raw(PHONE_KEY_SQL)} = ${phoneKey(phone)} LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Ids whose last name starts with one of the words of `name` and whose first
 * name starts with one of them too, ignoring letter case (as the search's
 * name match: every word of the record's names appears in the given name).
 */
export async function idsByName(
  prisma: Db,
  provider: 'sqlite' | 'postgresql',
  register: Register,
  name: string,
  limit: number,
): Promise<string[]> {
  const tokens = nameTokens(name).filter((t) => t.length >= 2);
  if (tokens.length === 0) return [];
  const rows = await prisma.$queryRaw<Array<{ id: string }>>(
    Prisma.sql`SELECT "id" FROM ${Prisma.raw(`"${register}"`)}
      WHERE ${startsWithAny(provider, '"lastName"', tokens)}
        AND ${startsWithAny(provider, '"firstName"', tokens)}
      LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}
