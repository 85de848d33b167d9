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
import { fieldError, type AppError } from '../../errors/app-error';
import type { ReasonKey } from '../../errors/reasons';

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

const plainReasons = {
  too_guessable: 'staffPassword.tooGuessable',
  personal: 'staffPassword.personal',
  reused: 'staffPassword.reused',
} as const satisfies Record<Exclude<PasswordProblem, 'too_short' | 'too_long'>, ReasonKey>;

/** A 400 for the password field; the texts are the catalogue's `staffPassword.*`. */
export function passwordProblemError(problem: PasswordProblem, path: string): AppError {
  if (problem === 'too_short') {
    return fieldError(path, 'staffPassword.tooShort', { min: MIN_STAFF_PASSWORD_LENGTH });
  }
  if (problem === 'too_long') {
    return fieldError(path, 'staffPassword.tooLong', { max: MAX_STAFF_PASSWORD_LENGTH });
  }
  return fieldError(path, plainReasons[problem]);
}

/** Throws the 400 when the password breaks the policy. */
export function assertPasswordAllowed(
  password: string,
  person: { email: string; name: string },
  path: string,
): void {
  const problem = findPasswordProblem(password, person);
  if (problem) throw passwordProblemError(problem, path);
}
