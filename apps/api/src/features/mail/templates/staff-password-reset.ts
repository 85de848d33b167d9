import { z } from 'zod';
import { defineMailTemplate, mailPathSchema } from '../define-mail-template';
import { staffFooter } from './subject-footer';

/**
 * A one-time link to choose a new console password: asked for on the sign-in
 * page ("Forgot password?") or sent by an admin's reset (issue #19). Setting
 * the password still takes the member's TOTP code, so the mailbox alone does
 * not open the console (GDPR Art. 32(1)(b)).
 */
export const staffPasswordResetTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    /** `admin`: the old password no longer works and the sessions have ended. */
    requestedBy: z.enum(['member', 'admin']),
    requiresTotp: z.boolean(),
    linkPath: mailPathSchema,
    expiresAt: z.date(),
  }),
  render: {
    fi: (d, f) => ({
      subject: 'Konsolin salasanan vaihto',
      blocks: [
        { kind: 'heading', text: 'Valitse uusi salasana' },
        {
          kind: 'paragraph',
          text:
            d.requestedBy === 'admin'
              ? 'Pääkäyttäjä nollasi salasanasi tietosuojapyyntöjen konsoliin. Vanha salasana ei enää toimi, ja kaikki istuntosi on lopetettu.'
              : 'Tietosuojapyyntöjen konsolin kirjautumissivulla pyydettiin linkkiä salasanasi vaihtamiseen.',
        },
        {
          kind: 'paragraph',
          text: d.requiresTotp
            ? 'Valitse uusi salasana alla olevasta linkistä. Tarvitset myös todennussovelluksesi koodin.'
            : 'Valitse uusi salasana alla olevasta linkistä. Sen jälkeen otat käyttöön todennussovelluksen.',
        },
        { kind: 'link', label: 'Valitse uusi salasana', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `Linkki toimii kerran ja on voimassa ${f.instant(d.expiresAt)} asti.${d.requestedBy === 'member' ? ' Jos et pyytänyt linkkiä, voit jättää viestin huomiotta: salasanasi ei muutu.' : ''}`,
        },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: 'Byte av lösenord till konsolen',
      blocks: [
        { kind: 'heading', text: 'Välj ett nytt lösenord' },
        {
          kind: 'paragraph',
          text:
            d.requestedBy === 'admin'
              ? 'En administratör har återställt ditt lösenord till konsolen för dataskyddsbegäranden. Det gamla lösenordet fungerar inte längre och alla dina sessioner har avslutats.'
              : 'På inloggningssidan till konsolen för dataskyddsbegäranden begärdes en länk för att byta ditt lösenord.',
        },
        {
          kind: 'paragraph',
          text: d.requiresTotp
            ? 'Välj ett nytt lösenord via länken nedan. Du behöver också koden från din autentiseringsapp.'
            : 'Välj ett nytt lösenord via länken nedan. Därefter tar du i bruk en autentiseringsapp.',
        },
        { kind: 'link', label: 'Välj nytt lösenord', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `Länken fungerar en gång och gäller till ${f.instant(d.expiresAt)}.${d.requestedBy === 'member' ? ' Om du inte begärde länken kan du lämna meddelandet utan åtgärd: ditt lösenord ändras inte.' : ''}`,
        },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: 'Changing your console password',
      blocks: [
        { kind: 'heading', text: 'Choose a new password' },
        {
          kind: 'paragraph',
          text:
            d.requestedBy === 'admin'
              ? 'An admin reset your password for the data protection request console. The old password no longer works and all your sessions have ended.'
              : 'A link to change your password was asked for on the sign-in page of the data protection request console.',
        },
        {
          kind: 'paragraph',
          text: d.requiresTotp
            ? 'Choose a new password with the link below. You also need the code from your authenticator app.'
            : 'Choose a new password with the link below. Then you set up an authenticator app.',
        },
        { kind: 'link', label: 'Choose a new password', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `The link works once and is valid until ${f.instant(d.expiresAt)}.${d.requestedBy === 'member' ? ' If you did not ask for it, you can ignore this message: your password does not change.' : ''}`,
        },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
