import type { Locale } from '@oikeus/contracts';

/** Person-readable auth errors; deliberately the same for every kind of failure. */
export const authMessages = {
  invalidChallenge: {
    fi: 'Koodi tai linkki on väärä, jo käytetty tai vanhentunut. Pyydä uusi koodi.',
    sv: 'Koden eller länken är fel, redan använd eller har gått ut. Begär en ny kod.',
    en: 'The code or link is wrong, already used or expired. Ask for a new code.',
  },
} as const satisfies Record<string, Record<Locale, string>>;
