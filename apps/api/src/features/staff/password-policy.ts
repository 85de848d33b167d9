// One password policy for every way a staff password is set: the admin's
// "new staff member" form, the member's own password change, and
// `dsr staff create --password` (all go through createStaffUser or
// changeStaffPassword). GDPR Art. 32(1): access to the console opens every
// register, so its passwords must resist guessing; NIST SP 800-63B §5.1.1.2
// is the model — a minimum length, a check against commonly used and
// context-specific passwords, no composition rules.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import type { Locale } from '@oikeus/contracts';
import { AppError } from '../../errors/app-error';

export const MIN_STAFF_PASSWORD_LENGTH = 12;
export const MAX_STAFF_PASSWORD_LENGTH = 200;
/**
 * zxcvbn score 3 = "safely unguessable: moderate protection from offline
 * slow-hash scenario" (< 10^10 guesses is 2 and below). Our hashes are
 * argon2id and sign-in is rate-limited, so 3 is the floor, not the aim.
 */
const MIN_SCORE = 3;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_guessable' | 'personal' | 'reused';

let factory: ZxcvbnFactory | null = null;
/** Built on first use: loading the dictionaries takes a moment and most processes never need them. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return factory;
}

/** Letters and digits only, lower case: "Niina.Nieminen" and "niinanieminen" compare equal. */
function squash(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The personal words a password must not be built on: the address, its parts and the name's parts. */
function personalWords(person: { email: string; name: string }): string[] {
  const [local = '', domain = ''] = person.email.toLowerCase().split('@');
  const words = [
    person.email.toLowerCase(),
    local,
    ...local.split(/[^\p{L}\p{N}]+/u),
    ...domain.split('.').slice(0, -1),
    person.name.toLowerCase(),
    ...person.name.toLowerCase().split(/[^\p{L}\p{N}]+/u),
  ];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/** The first problem with a new staff password, or null when it is acceptable. Pure. */
export function findPasswordProblem(
  password: string,
  person: { email: string; name: string },
): PasswordProblem | null {
  if ([...password].length < MIN_STAFF_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_STAFF_PASSWORD_LENGTH) return 'too_long';
  // Mostly the person's own address or name ("niina.nieminen2026",
  // "inope.fi.niina1"): refused outright when, with every personal word taken
  // out, fewer than six letters or digits are left — whatever zxcvbn scores.
  const words = personalWords(person);
  let rest = squash(password);
  for (const word of words.map(squash).filter((w) => w.length >= 3)) {
    rest = rest.split(word).join('');
  }
  if (rest.length < 6 && rest.length < squash(password).length) return 'personal';
  const result = zxcvbn().check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const usesPersonalWord = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'userInputs',
  );
  return usesPersonalWord ? 'personal' : 'too_guessable';
}

export const passwordProblemMessages: Record<PasswordProblem, Record<Locale, string>> = {
  too_short: {
    fi: `Salasanassa on oltava vähintään ${MIN_STAFF_PASSWORD_LENGTH} merkkiä.`,
    sv: `Lösenordet måste ha minst ${MIN_STAFF_PASSWORD_LENGTH} tecken.`,
    en: `The password must have at least ${MIN_STAFF_PASSWORD_LENGTH} characters.`,
  },
  too_long: {
    fi: `Salasanassa voi olla enintään ${MAX_STAFF_PASSWORD_LENGTH} merkkiä.`,
    sv: `Lösenordet får ha högst ${MAX_STAFF_PASSWORD_LENGTH} tecken.`,
    en: `The password can have at most ${MAX_STAFF_PASSWORD_LENGTH} characters.`,
  },
  too_guessable: {
    fi: 'Salasana on liian helppo arvata: se on yleisesti käytetty tai toistaa merkkejä tai näppäinjonoja. Käytä esimerkiksi useamman satunnaisen sanan lausetta.',
    sv: 'Lösenordet är för lätt att gissa: det används ofta eller upprepar tecken eller tangentföljder. Använd till exempel en fras med flera slumpmässiga ord.',
    en: 'The password is too easy to guess: it is commonly used or repeats characters or keyboard runs. Use, for example, a phrase of several random words.',
  },
  personal: {
    fi: 'Salasana ei saa perustua omaan nimeesi tai sähköpostiosoitteeseesi.',
    sv: 'Lösenordet får inte bygga på ditt namn eller din e-postadress.',
    en: 'The password must not be based on your name or email address.',
  },
  reused: {
    fi: 'Uusi salasana ei saa olla sama kuin nykyinen.',
    sv: 'Det nya lösenordet får inte vara detsamma som det nuvarande.',
    en: 'The new password must not be the same as the current one.',
  },
};

/** A 400 for the password field, in the caller's language. */
export function passwordProblemError(
  problem: PasswordProblem,
  locale: Locale,
  path: string,
): AppError {
  const message = passwordProblemMessages[problem][locale];
  return new AppError('VALIDATION_FAILED', message, [{ path, message }]);
}

/** Throws the localised 400 when the password breaks the policy. */
export function assertPasswordAllowed(
  password: string,
  person: { email: string; name: string },
  locale: Locale,
  path: string,
): void {
  const problem = findPasswordProblem(password, person);
  if (problem) throw passwordProblemError(problem, locale, path);
}
