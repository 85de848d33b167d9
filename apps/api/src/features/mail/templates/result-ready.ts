import { z } from 'zod';
import { defineMailTemplate, mailPathSchema, mailReferenceSchema } from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { subjectFooter } from './subject-footer';

/**
 * The access (Art. 15(3)) or portability (Art. 20) package is ready. The link
 * leads to the portal, where the download needs the subject's session and
 * expires (DESIGN.md "Downloads are signed, expiring").
 */
export const resultReadyTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    downloadPath: mailPathSchema,
    expiresAt: z.date(),
  }),
  render: {
    fi: (d, f) => ({
      subject: `Vastaus pyyntöösi ${d.reference} on valmis ladattavaksi`,
      blocks: [
        { kind: 'heading', text: 'Tietosi ovat valmiina' },
        {
          kind: 'paragraph',
          text: `Pyyntösi ${d.reference} (${f.requestType(d.requestType)}) tiedosto on valmis. Lataaminen edellyttää kirjautumista palveluun.`,
        },
        { kind: 'facts', rows: [['Ladattavissa asti', f.instant(d.expiresAt)]] },
        { kind: 'link', label: 'Lataa tiedosto', url: f.url(d.downloadPath) },
        {
          kind: 'paragraph',
          text: 'Tallenna tiedosto turvalliseen paikkaan. Jos latausaika ehtii päättyä, lähetä meille viesti palvelussa, niin laadimme tiedoston uudelleen.',
        },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Svaret på din begäran ${d.reference} kan laddas ned`,
      blocks: [
        { kind: 'heading', text: 'Dina uppgifter är klara' },
        {
          kind: 'paragraph',
          text: `Filen för din begäran ${d.reference} (${f.requestType(d.requestType)}) är klar. För att ladda ned den behöver du logga in i tjänsten.`,
        },
        { kind: 'facts', rows: [['Kan laddas ned till', f.instant(d.expiresAt)]] },
        { kind: 'link', label: 'Ladda ned filen', url: f.url(d.downloadPath) },
        {
          kind: 'paragraph',
          text: 'Spara filen på ett säkert ställe. Om tiden för nedladdning går ut, skicka oss ett meddelande i tjänsten så skapar vi filen på nytt.',
        },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `The answer to your request ${d.reference} is ready to download`,
      blocks: [
        { kind: 'heading', text: 'Your data is ready' },
        {
          kind: 'paragraph',
          text: `The file for your request ${d.reference} (${f.requestType(d.requestType)}) is ready. You need to sign in to the service to download it.`,
        },
        { kind: 'facts', rows: [['Available until', f.instant(d.expiresAt)]] },
        { kind: 'link', label: 'Download the file', url: f.url(d.downloadPath) },
        {
          kind: 'paragraph',
          text: 'Keep the file somewhere safe. If the download period runs out, send us a message in the service and we will prepare the file again.',
        },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
