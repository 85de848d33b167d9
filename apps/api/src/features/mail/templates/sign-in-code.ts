import { z } from 'zod';
import { defineMailTemplate, mailPathSchema, plural } from '../define-mail-template';
import { subjectFooter } from './subject-footer';

const minutes = {
  fi: ['minuutin', 'minuutin'],
  sv: ['minut', 'minuter'],
  en: ['minute', 'minutes'],
} as const satisfies Record<string, [string, string]>;

/**
 * One-time code and link for signing up or signing in (DESIGN.md: single-use,
 * short-lived). The mail does not say whether an account exists beyond what
 * the purpose the caller chose reveals to the owner of the mailbox.
 */
export const signInCodeTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    code: z.string().regex(/^[0-9A-Z]{4,12}$/),
    /** Portal path that consumes the link token, e.g. `/sign-in/verify?token=…`. */
    linkPath: mailPathSchema,
    expiresInMinutes: z
      .int()
      .min(1)
      .max(24 * 60),
    purpose: z.enum(['sign_up', 'sign_in']),
  }),
  render: {
    fi: (d, f) => ({
      subject:
        d.purpose === 'sign_up'
          ? `Vahvista sähköpostiosoitteesi – ${f.controllerName}`
          : `Kirjautumiskoodi – ${f.controllerName}`,
      blocks: [
        {
          kind: 'heading',
          text: d.purpose === 'sign_up' ? 'Vahvista sähköpostiosoitteesi' : 'Kirjaudu sisään',
        },
        {
          kind: 'paragraph',
          text: `Kirjoita alla oleva koodi palveluun tai avaa linkki. Koodi ja linkki ovat voimassa ${plural('fi', d.expiresInMinutes, minutes)} ajan, ja niitä voi käyttää vain kerran.`,
        },
        { kind: 'code', label: 'Kertakäyttöinen koodi', code: d.code },
        {
          kind: 'link',
          label: d.purpose === 'sign_up' ? 'Vahvista osoite ja jatka' : 'Kirjaudu sisään',
          url: f.url(d.linkPath),
        },
        {
          kind: 'paragraph',
          text: 'Jos et itse pyytänyt koodia, voit jättää tämän viestin huomiotta. Älä kerro koodia kenellekään – emme koskaan kysy sitä puhelimessa tai sähköpostilla.',
        },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject:
        d.purpose === 'sign_up'
          ? `Bekräfta din e-postadress – ${f.controllerName}`
          : `Inloggningskod – ${f.controllerName}`,
      blocks: [
        {
          kind: 'heading',
          text: d.purpose === 'sign_up' ? 'Bekräfta din e-postadress' : 'Logga in',
        },
        {
          kind: 'paragraph',
          text: `Skriv in koden nedan i tjänsten eller öppna länken. Koden och länken gäller i ${plural('sv', d.expiresInMinutes, minutes)} och kan användas bara en gång.`,
        },
        { kind: 'code', label: 'Engångskod', code: d.code },
        {
          kind: 'link',
          label: d.purpose === 'sign_up' ? 'Bekräfta adressen och fortsätt' : 'Logga in',
          url: f.url(d.linkPath),
        },
        {
          kind: 'paragraph',
          text: 'Om du inte själv har begärt koden kan du bortse från detta meddelande. Berätta inte koden för någon – vi frågar aldrig efter den per telefon eller e-post.',
        },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject:
        d.purpose === 'sign_up'
          ? `Confirm your email address – ${f.controllerName}`
          : `Sign-in code – ${f.controllerName}`,
      blocks: [
        {
          kind: 'heading',
          text: d.purpose === 'sign_up' ? 'Confirm your email address' : 'Sign in',
        },
        {
          kind: 'paragraph',
          text: `Type the code below into the service or open the link. The code and the link are valid for ${plural('en', d.expiresInMinutes, minutes)} and work only once.`,
        },
        { kind: 'code', label: 'One-time code', code: d.code },
        {
          kind: 'link',
          label: d.purpose === 'sign_up' ? 'Confirm the address and continue' : 'Sign in',
          url: f.url(d.linkPath),
        },
        {
          kind: 'paragraph',
          text: 'If you did not ask for a code, you can ignore this message. Do not share the code with anyone – we never ask for it by phone or email.',
        },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
