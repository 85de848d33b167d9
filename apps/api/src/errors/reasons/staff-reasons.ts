import { withParams, type ReasonTexts } from './reason-texts';

/** Why a staff sign-in, enrolment or account change was refused. */
export const staffReasons = {
  // One text for every sign-in failure, so the answer never tells which part was wrong.
  'staffSignIn.failed': {
    fi: 'Kirjautuminen epäonnistui. Tarkista sähköposti, salasana ja vahvistuskoodi. Viiden epäonnistuneen yrityksen jälkeen tunnus lukittuu 15 minuutiksi.',
    sv: 'Inloggningen misslyckades. Kontrollera e-post, lösenord och verifieringskod. Efter fem misslyckade försök låses kontot i 15 minuter.',
    en: 'Sign-in failed. Check the email, password and verification code. After five failed attempts the account is locked for 15 minutes.',
  },
  'staffSignIn.enrolmentCodeInvalid': {
    fi: 'Vahvistuskoodi ei kelpaa. Tarkista todennussovelluksen koodi ja yritä uudelleen.',
    sv: 'Verifieringskoden godtas inte. Kontrollera koden i autentiseringsappen och försök igen.',
    en: 'The verification code is not valid. Check the code in your authenticator app and try again.',
  },
  'staffUser.cannotChangeSelf': {
    fi: 'Et voi muuttaa omaa rooliasi etkä poistaa omaa tunnustasi käytöstä.',
    sv: 'Du kan inte ändra din egen roll eller inaktivera ditt eget konto.',
    en: 'You cannot change your own role or deactivate your own account.',
  },
  'staffUser.emailTaken': {
    fi: 'Tällä sähköpostiosoitteella on jo henkilökunnan tunnus.',
    sv: 'Det finns redan ett personalkonto med den här e-postadressen.',
    en: 'A staff account with this email already exists.',
  },
  'staffPassword.currentWrong': {
    fi: 'Nykyinen salasana on väärin.',
    sv: 'Det nuvarande lösenordet är fel.',
    en: 'The current password is wrong.',
  },
  'staffPassword.tooShort': withParams<{ min: number }>({
    fi: ({ min }) => `Salasanassa on oltava vähintään ${min} merkkiä.`,
    sv: ({ min }) => `Lösenordet måste ha minst ${min} tecken.`,
    en: ({ min }) => `The password must have at least ${min} characters.`,
  }),
  'staffPassword.tooLong': withParams<{ max: number }>({
    fi: ({ max }) => `Salasanassa voi olla enintään ${max} merkkiä.`,
    sv: ({ max }) => `Lösenordet får ha högst ${max} tecken.`,
    en: ({ max }) => `The password can have at most ${max} characters.`,
  }),
  'staffPassword.tooGuessable': {
    fi: 'Salasana on liian helppo arvata: se on yleisesti käytetty tai toistaa merkkejä tai näppäinjonoja. Käytä esimerkiksi useamman satunnaisen sanan lausetta.',
    sv: 'Lösenordet är för lätt att gissa: det används ofta eller upprepar tecken eller tangentföljder. Använd till exempel en fras med flera slumpmässiga ord.',
    en: 'The password is too easy to guess: it is commonly used or repeats characters or keyboard runs. Use, for example, a phrase of several random words.',
  },
  'staffPassword.personal': {
    fi: 'Salasana ei saa perustua omaan nimeesi tai sähköpostiosoitteeseesi.',
    sv: 'Lösenordet får inte bygga på ditt namn eller din e-postadress.',
    en: 'The password must not be based on your name or email address.',
  },
  'staffPassword.reused': {
    fi: 'Uusi salasana ei saa olla sama kuin nykyinen.',
    sv: 'Det nya lösenordet får inte vara detsamma som det nuvarande.',
    en: 'The new password must not be the same as the current one.',
  },
  'staffPasswordLink.totpInvalid': {
    fi: 'Vahvistuskoodi ei kelpaa. Anna todennussovelluksen nykyinen koodi. Viiden epäonnistuneen yrityksen jälkeen tunnus lukittuu 15 minuutiksi.',
    sv: 'Verifieringskoden godtas inte. Ange den aktuella koden i autentiseringsappen. Efter fem misslyckade försök låses kontot i 15 minuter.',
    en: 'The verification code is not valid. Enter the current code from your authenticator app. After five failed attempts the account is locked for 15 minutes.',
  },
  'staffPasswordLink.locked': {
    fi: 'Tunnus on lukittu liian monen epäonnistuneen yrityksen vuoksi. Yritä uudelleen 15 minuutin kuluttua; linkki on voimassa, jos sen aika ei ole kulunut umpeen.',
    sv: 'Kontot är låst efter för många misslyckade försök. Försök igen om 15 minuter; länken gäller om dess tid inte har gått ut.',
    en: 'The account is locked after too many failed attempts. Try again in 15 minutes; the link still works unless it has expired.',
  },
  'staffUser.cannotResetSelf': {
    fi: 'Omaa salasanaasi et nollaa täältä: vaihda se Oma tili -sivulla.',
    sv: 'Ditt eget lösenord återställer du inte här: byt det på sidan Mitt konto.',
    en: 'You do not reset your own password here: change it on the My account page.',
  },
} as const satisfies Record<string, ReasonTexts>;
