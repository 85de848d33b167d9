import type { Locale } from '@oikeus/contracts';

/** One message for every sign-in failure, so a response never tells which part was wrong. */
export const signInFailedMessage: Record<Locale, string> = {
  fi: 'Kirjautuminen epäonnistui. Tarkista sähköposti, salasana ja vahvistuskoodi. Viiden epäonnistuneen yrityksen jälkeen tunnus lukittuu 15 minuutiksi.',
  sv: 'Inloggningen misslyckades. Kontrollera e-post, lösenord och verifieringskod. Efter fem misslyckade försök låses kontot i 15 minuter.',
  en: 'Sign-in failed. Check the email, password and verification code. After five failed attempts the account is locked for 15 minutes.',
};

export const enrolmentCodeInvalidMessage: Record<Locale, string> = {
  fi: 'Vahvistuskoodi ei kelpaa. Tarkista todennussovelluksen koodi ja yritä uudelleen.',
  sv: 'Verifieringskoden godtas inte. Kontrollera koden i autentiseringsappen och försök igen.',
  en: 'The verification code is not valid. Check the code in your authenticator app and try again.',
};

export const currentPasswordWrongMessage: Record<Locale, string> = {
  fi: 'Nykyinen salasana on väärin.',
  sv: 'Det nuvarande lösenordet är fel.',
  en: 'The current password is wrong.',
};

export const cannotChangeSelfMessage: Record<Locale, string> = {
  fi: 'Et voi muuttaa omaa rooliasi etkä poistaa omaa tunnustasi käytöstä.',
  sv: 'Du kan inte ändra din egen roll eller inaktivera ditt eget konto.',
  en: 'You cannot change your own role or deactivate your own account.',
};

export const emailTakenMessage: Record<Locale, string> = {
  fi: 'Tällä sähköpostiosoitteella on jo henkilökunnan tunnus.',
  sv: 'Det finns redan ett personalkonto med den här e-postadressen.',
  en: 'A staff account with this email already exists.',
};
