import type { Locale } from '@oikeus/contracts';
import { z } from 'zod';
import { defineMailTemplate, mailPathSchema } from '../define-mail-template';
import { staffFooter } from './subject-footer';

const roleNames = {
  handler: { fi: 'käsittelijä', sv: 'handläggare', en: 'handler' },
  admin: { fi: 'pääkäyttäjä', sv: 'administratör', en: 'admin' },
  auditor: { fi: 'tarkastaja', sv: 'granskare', en: 'auditor' },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * An admin's invitation to the console (issue #19: instead of a password shown
 * once to the admin). The one-time link sets the password; TOTP enrolment
 * follows at once. The link is the secret, so the mail says how long it lasts
 * and that it works once.
 */
export const staffInvitationTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    inviterName: z.string().trim().min(1).max(200).nullable(),
    role: z.enum(['handler', 'admin', 'auditor']),
    linkPath: mailPathSchema,
    expiresAt: z.date(),
  }),
  render: {
    fi: (d, f) => ({
      subject: `Kutsu tietosuojapyyntöjen käsittelyyn – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'Sinut on kutsuttu käsittelemään tietosuojapyyntöjä' },
        {
          kind: 'paragraph',
          text: `${d.inviterName ?? 'Pääkäyttäjä'} loi sinulle tunnuksen tietosuojapyyntöjen konsoliin (${f.controllerName}). Roolisi on ${roleNames[d.role].fi}.`,
        },
        {
          kind: 'paragraph',
          text: 'Aseta ensin salasana alla olevasta linkistä. Sen jälkeen otat käyttöön todennussovelluksen, jonka koodia kysytään jokaisella kirjautumisella.',
        },
        { kind: 'link', label: 'Aseta salasana', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `Linkki toimii kerran ja on voimassa ${f.instant(d.expiresAt)} asti. Jos et odottanut tätä kutsua, voit jättää viestin huomiotta.`,
        },
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Inbjudan att handlägga dataskyddsbegäranden – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'Du har bjudits in att handlägga dataskyddsbegäranden' },
        {
          kind: 'paragraph',
          text: `${d.inviterName ?? 'En administratör'} har skapat ett konto åt dig i konsolen för dataskyddsbegäranden (${f.controllerName}). Din roll är ${roleNames[d.role].sv}.`,
        },
        {
          kind: 'paragraph',
          text: 'Välj först ett lösenord via länken nedan. Därefter tar du i bruk en autentiseringsapp, vars kod efterfrågas vid varje inloggning.',
        },
        { kind: 'link', label: 'Välj lösenord', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `Länken fungerar en gång och gäller till ${f.instant(d.expiresAt)}. Om du inte väntade dig inbjudan kan du lämna meddelandet utan åtgärd.`,
        },
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Invitation to handle data protection requests – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'You are invited to handle data protection requests' },
        {
          kind: 'paragraph',
          text: `${d.inviterName ?? 'An admin'} created an account for you in the data protection request console (${f.controllerName}). Your role is ${roleNames[d.role].en}.`,
        },
        {
          kind: 'paragraph',
          text: 'First set a password with the link below. Then you set up an authenticator app, whose code is asked at every sign-in.',
        },
        { kind: 'link', label: 'Set a password', url: f.url(d.linkPath) },
        {
          kind: 'paragraph',
          text: `The link works once and is valid until ${f.instant(d.expiresAt)}. If you did not expect this invitation, you can ignore this message.`,
        },
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
