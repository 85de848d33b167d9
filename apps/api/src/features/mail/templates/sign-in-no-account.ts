import { z } from 'zod';
import { defineMailTemplate, mailPathSchema } from '../define-mail-template';
import { subjectFooter } from './subject-footer';

/**
 * Someone asked to sign in with an address that has no account. The portal
 * answers exactly as for a known address (DESIGN.md: sign-in does not reveal
 * whether an account exists); only the owner of the mailbox learns it, here.
 */
export const signInNoAccountTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    /** Portal path of the sign-up page. */
    signUpPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Kirjautumisyritys – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'Tällä osoitteella ei ole tiliä' },
        {
          kind: 'paragraph',
          text: 'Joku yritti juuri kirjautua tietosuojapyyntöjen palveluun tällä sähköpostiosoitteella, mutta osoitteella ei ole tiliä. Jos se olit sinä, voit luoda tilin alla olevasta linkistä.',
        },
        { kind: 'link', label: 'Luo tili', url: f.url(d.signUpPath) },
        {
          kind: 'paragraph',
          text: 'Jos et yrittänyt kirjautua, voit jättää tämän viestin huomiotta.',
        },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Inloggningsförsök – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'Det finns inget konto med den här adressen' },
        {
          kind: 'paragraph',
          text: 'Någon försökte nyss logga in i tjänsten för dataskyddsbegäranden med den här e-postadressen, men det finns inget konto för adressen. Om det var du kan du skapa ett konto via länken nedan.',
        },
        { kind: 'link', label: 'Skapa konto', url: f.url(d.signUpPath) },
        {
          kind: 'paragraph',
          text: 'Om du inte försökte logga in kan du bortse från detta meddelande.',
        },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Sign-in attempt – ${f.controllerName}`,
      blocks: [
        { kind: 'heading', text: 'There is no account for this address' },
        {
          kind: 'paragraph',
          text: 'Someone just tried to sign in to the data protection requests service with this email address, but there is no account for it. If it was you, you can create an account with the link below.',
        },
        { kind: 'link', label: 'Create an account', url: f.url(d.signUpPath) },
        { kind: 'paragraph', text: 'If you did not try to sign in, you can ignore this message.' },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
