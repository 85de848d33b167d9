import { z } from 'zod';
import {
  defineMailTemplate,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes } from '../mail-format';
import { subjectFooter } from './subject-footer';

/**
 * Confirms receipt and says when the answer is due: without undue delay and
 * within one month, extendable by two months with notice (GDPR Art. 12(3));
 * the clock pauses while we wait for identity information (Art. 12(6),
 * EDPB Guidelines 01/2022 §159).
 */
export const acknowledgementTemplate = defineMailTemplate({
  audience: 'subject',
  dataSchema: z.object({
    reference: mailReferenceSchema,
    requestType: z.enum(mailRequestTypes),
    receivedAt: z.date(),
    /** The legal deadline (local date in the controller's time zone). */
    dueDate: mailLocalDateSchema,
    requestPath: mailPathSchema,
  }),
  render: {
    fi: (d, f) => ({
      subject: `Pyyntösi ${d.reference} on vastaanotettu`,
      blocks: [
        { kind: 'heading', text: 'Pyyntösi on vastaanotettu' },
        {
          kind: 'paragraph',
          text: `Kiitos. ${f.controllerName} on vastaanottanut pyyntösi. Tiedot pyynnöstä ovat alla.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Viite', d.reference],
            ['Pyyntö', f.requestType(d.requestType)],
            ['Vastaanotettu', f.instant(d.receivedAt)],
            ['Vastaamme viimeistään', f.date(d.dueDate)],
          ],
        },
        { kind: 'heading', text: 'Mitä seuraavaksi tapahtuu' },
        {
          kind: 'list',
          items: [
            'Käsittelijä tarkistaa pyyntösi ja etsii sinua koskevat tiedot rekistereistämme.',
            'Jos tarvitsemme lisätietoja henkilöllisyytesi varmistamiseksi, kysymme niitä palvelussa ja kerromme siitä sähköpostilla. Määräaika ei kulu sinä aikana, kun odotamme vastaustasi.',
            'Vastaamme ilman aiheetonta viivytystä ja viimeistään yllä mainittuna päivänä. Jos pyyntö on poikkeuksellisen laaja tai monimutkainen, voimme jatkaa aikaa enintään kahdella kuukaudella; kerromme siitä ja syistä ennen alkuperäistä määräaikaa.',
            'Voit seurata pyynnön tilaa ja lähettää viestejä käsittelijälle palvelussa.',
          ],
        },
        { kind: 'link', label: 'Avaa pyyntö', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Din begäran ${d.reference} har tagits emot`,
      blocks: [
        { kind: 'heading', text: 'Din begäran har tagits emot' },
        {
          kind: 'paragraph',
          text: `Tack. ${f.controllerName} har tagit emot din begäran. Uppgifterna om begäran finns nedan.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Referens', d.reference],
            ['Begäran', f.requestType(d.requestType)],
            ['Mottagen', f.instant(d.receivedAt)],
            ['Vi svarar senast', f.date(d.dueDate)],
          ],
        },
        { kind: 'heading', text: 'Vad händer härnäst' },
        {
          kind: 'list',
          items: [
            'En handläggare går igenom din begäran och söker efter uppgifter om dig i våra register.',
            'Om vi behöver mer information för att bekräfta din identitet frågar vi i tjänsten och meddelar dig per e-post. Tidsfristen löper inte medan vi väntar på ditt svar.',
            'Vi svarar utan onödigt dröjsmål och senast den dag som anges ovan. Om begäran är särskilt omfattande eller komplicerad kan vi förlänga tiden med högst två månader; då meddelar vi dig och skälen före den ursprungliga tidsfristen.',
            'Du kan följa begärans status och skicka meddelanden till handläggaren i tjänsten.',
          ],
        },
        { kind: 'link', label: 'Öppna begäran', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Your request ${d.reference} has been received`,
      blocks: [
        { kind: 'heading', text: 'Your request has been received' },
        {
          kind: 'paragraph',
          text: `Thank you. ${f.controllerName} has received your request. Its details are below.`,
        },
        {
          kind: 'facts',
          rows: [
            ['Reference', d.reference],
            ['Request', f.requestType(d.requestType)],
            ['Received', f.instant(d.receivedAt)],
            ['We will answer by', f.date(d.dueDate)],
          ],
        },
        { kind: 'heading', text: 'What happens next' },
        {
          kind: 'list',
          items: [
            'A handler reviews your request and looks for data about you in our registers.',
            'If we need more information to confirm your identity, we ask in the service and tell you by email. The time limit does not run while we wait for your answer.',
            'We answer without undue delay and at the latest on the date above. If the request is exceptionally large or complex, we may extend the time by up to two months; we will tell you, with the reasons, before the original deadline.',
            'You can follow the status of your request and send messages to the handler in the service.',
          ],
        },
        { kind: 'link', label: 'Open the request', url: f.url(d.requestPath) },
      ],
      footer: subjectFooter('en', f.controllerName),
    }),
  },
});
