/**
 * GDPR Art. 15(4): the copy must not adversely affect the rights of others.
 * The subject's records can carry other people's data in two places: who did
 * something (staff) and free text someone else wrote. The rule, applied the
 * same way to data.json, the CSV files and report.html:
 *
 * 1. Staff are shown by role only: staff ids and names are never exported;
 *    events and messages say "staff" (the controller's employee), not who.
 * 2. Text the subject wrote themselves (their messages, what they submitted)
 *    is theirs and is returned unchanged.
 * 3. Text written by the controller (order and change descriptions, permission
 *    notes, restriction reasons, staff messages, letters, event data) is
 *    masked where it names someone else:
 *    - staff names (full names, and first names unless the subject shares it)
 *      and staff email addresses;
 *    - email addresses and phone numbers that are not the subject's own;
 *    - a "Firstname Lastname" pair (either order) that is the name of another
 *      person in the customer or marketing register. A name of someone who is
 *      in neither register cannot be recognised reliably; the handler reads
 *      the preview before releasing and corrects such text in the register.
 * 4. Invoice line descriptions are product texts from the billing system: only
 *    email addresses and phone numbers are masked there (no register look-ups
 *    for tens of thousands of lines).
 * 5. An invoice's billing name is shown when it is the subject's own name, the
 *    subject's company or any organisation (it has a legal form such as Oy or
 *    Ab); otherwise it names another person and is masked with its address,
 *    unless the address is the subject's own.
 */
export interface MaskingFacts {
  /** The text that replaces another person's data, in the subject's language. */
  marker: string;
  staff: ReadonlyArray<{ name: string; email: string }>;
  /** The subject's own addresses and numbers (account and confirmed records). */
  subjectEmails: readonly string[];
  subjectPhones: readonly string[];
  /** The subject's own names as "first last" (account and confirmed records). */
  subjectNames: ReadonlyArray<{ firstName: string; lastName: string }>;
}

/** true when "first last" is the name of someone in the registers other than the subject. */
export type RegisteredNameCheck = (firstName: string, lastName: string) => Promise<boolean>;

export interface ThirdPartyMasker {
  readonly marker: string;
  /** Free text the controller wrote (rule 3). */
  maskText(text: string): Promise<string>;
  maskNullableText(text: string | null): Promise<string | null>;
  /** Emails and phone numbers only (rule 4). */
  maskContactDetails(text: string): string;
  /** Rule 5. */
  maskBilling(
    billing: { billingName: string; billingAddress: string | null },
    customer: BillingOwner,
  ): { billingName: string; billingAddress: string | null };
}

export interface BillingOwner {
  firstName: string;
  lastName: string;
  company: string | null;
  streetAddress: string | null;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Finnish and international numbers as people write them: +358 40 123 4567,
// 040-123 4567, (09) 123 4567. A leading + or 0 and 7–15 digits, so dates,
// amounts and invoice numbers do not match.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+[1-9][0-9]{0,2}[ -]?\(?[0-9]{1,4}\)?|\(?0[1-9][0-9]{0,3}\)?)(?:[ -]?[0-9]{2,5}){1,4}(?![\p{L}\p{N}])/gu;
/** A + or a 0 before a digit: every number PHONE can match has one. */
const MAYBE_PHONE = /[+0][0-9(]|\(0/;
// Zero-width, so overlapping pairs ("Anna Maria Virtanen") are all seen.
const NAME_PAIR =
  /(?<![\p{L}\p{N}])(?=(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}]))/gu;
/** Legal forms that mark an organisation rather than a person (FI, SE, EU, UK/US). */
const ORGANISATION =
  /(?<![\p{L}])(oy|oyj|ab|abp|ky|ay|tmi|ry|osk|oü|as|asa|aps|a\/s|gmbh|ag|bv|nv|sa|sarl|srl|spa|ltd|limited|plc|llc|inc|corp|säätiö|stiftelse|foundation|kunta|kaupunki|kommun|stad|yhdistys|förening|association)(?![\p{L}])\.?/iu;

function normalizeSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

/** Digits only, with a Finnish trunk 0 read as +358, so 040 123 and +358 40 123 compare equal. */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return `358${digits.slice(1)}`;
  return digits;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wholeWord(text: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, `${flags}u`);
}

export function isOrganisationName(name: string): boolean {
  return ORGANISATION.test(name);
}

export function createThirdPartyMasker(
  facts: MaskingFacts,
  isRegisteredThirdParty: RegisteredNameCheck,
): ThirdPartyMasker {
  const marker = facts.marker;
  const ownEmails = new Set(facts.subjectEmails.map((e) => e.trim().toLowerCase()));
  const ownPhones = new Set(facts.subjectPhones.map(normalizePhone));
  const ownNames = new Set(
    facts.subjectNames.flatMap((n) => [
      normalizeSpace(`${n.firstName} ${n.lastName}`),
      normalizeSpace(`${n.lastName} ${n.firstName}`),
    ]),
  );
  const ownFirstNames = new Set(facts.subjectNames.map((n) => normalizeSpace(n.firstName)));
  // Whole names and addresses first, longest first, and lone first names only
  // after them: otherwise one colleague's first name would cut another's full name.
  const fullNames = facts.staff.map((m) => m.name.trim()).filter((name) => name !== '');
  const emails = facts.staff.map((m) => m.email.trim()).filter((email) => email !== '');
  const firstNames = new Set(
    fullNames
      .map((name) => name.split(/\s+/)[0] ?? '')
      // A first name alone only as a capitalised word, and never the subject's own.
      .filter((first) => first.length > 1 && !ownFirstNames.has(normalizeSpace(first))),
  );
  const staffPatterns: RegExp[] = [
    ...[...fullNames, ...emails]
      .sort((a, b) => b.length - a.length)
      .map((text) => wholeWord(text, 'gi')),
    ...[...firstNames].map((first) => wholeWord(first, 'g')),
  ];
  const nameCache = new Map<string, Promise<boolean>>();

  const maskContactDetails = (text: string): string => {
    let result = text;
    // Cheap checks first: most texts (invoice lines above all) hold neither.
    if (result.includes('@')) {
      result = result.replace(EMAIL, (email) =>
        ownEmails.has(email.toLowerCase()) ? email : marker,
      );
    }
    if (MAYBE_PHONE.test(result)) {
      result = result.replace(PHONE, (phone) => {
        const digits = phone.replace(/[^0-9]/g, '');
        if (digits.length < 7 || digits.length > 15) return phone;
        return ownPhones.has(normalizePhone(phone)) ? phone : marker;
      });
    }
    return result;
  };

  const registered = (first: string, last: string): Promise<boolean> => {
    const key = `${first}\u0000${last}`;
    let answer = nameCache.get(key);
    if (!answer) {
      answer = Promise.all([
        isRegisteredThirdParty(first, last),
        isRegisteredThirdParty(last, first),
      ]).then(([a, b]) => a || b);
      nameCache.set(key, answer);
    }
    return answer;
  };

  const maskText = async (text: string): Promise<string> => {
    let result = text;
    for (const pattern of staffPatterns) result = result.replace(pattern, marker);
    result = maskContactDetails(result);
    const thirdPartyNames = new Set<string>();
    for (const match of result.matchAll(NAME_PAIR)) {
      const first = match[1] ?? '';
      const last = match[2] ?? '';
      if (ownNames.has(normalizeSpace(`${first} ${last}`))) continue;
      if (await registered(first, last)) thirdPartyNames.add(`${first} ${last}`);
    }
    for (const name of thirdPartyNames) {
      result = result.replace(
        new RegExp(
          `(?<![\\p{L}\\p{N}])${name.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`,
          'gu',
        ),
        marker,
      );
    }
    return result;
  };

  return {
    marker,
    maskText,
    maskNullableText: (text) => (text === null ? Promise.resolve(null) : maskText(text)),
    maskContactDetails,
    maskBilling(billing, customer) {
      const name = normalizeSpace(billing.billingName);
      const isOwn =
        name === normalizeSpace(`${customer.firstName} ${customer.lastName}`) ||
        name === normalizeSpace(`${customer.lastName} ${customer.firstName}`) ||
        (customer.company !== null && name === normalizeSpace(customer.company));
      if (isOwn || isOrganisationName(billing.billingName)) {
        return {
          billingName: billing.billingName,
          billingAddress:
            billing.billingAddress === null ? null : maskContactDetails(billing.billingAddress),
        };
      }
      const street = customer.streetAddress ? normalizeSpace(customer.streetAddress) : null;
      const isOwnAddress =
        billing.billingAddress !== null &&
        street !== null &&
        normalizeSpace(billing.billingAddress).includes(street);
      return {
        billingName: marker,
        billingAddress:
          billing.billingAddress === null ? null : isOwnAddress ? billing.billingAddress : marker,
      };
    },
  };
}
