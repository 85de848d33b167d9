import type { Locale } from '@oikeus/contracts';
import { z } from 'zod';
import type { MailBlock } from '../mail-content';
import {
  defineMailTemplate,
  mailLocalDateSchema,
  mailPathSchema,
  mailReferenceSchema,
} from '../define-mail-template';
import { mailRequestTypes, type MailFormat } from '../mail-format';
import { staffFooter } from './subject-footer';

const digestItemSchema = z.object({
  reference: mailReferenceSchema,
  requestType: z.enum(mailRequestTypes),
  dueDate: mailLocalDateSchema,
  assigneeName: z.string().trim().min(1).max(200).nullable(),
});
type DigestItem = z.output<typeof digestItemSchema>;

const words = {
  fi: { due: 'määräaika', nobody: 'ei käsittelijää', more: (n: number) => `… ja ${n} muuta` },
  sv: { due: 'tidsfrist', nobody: 'ingen handläggare', more: (n: number) => `… och ${n} till` },
  en: { due: 'due', nobody: 'no handler', more: (n: number) => `… and ${n} more` },
} satisfies Record<Locale, { due: string; nobody: string; more: (n: number) => string }>;

function itemLines(items: readonly DigestItem[], total: number, f: MailFormat): string[] {
  const w = words[f.locale];
  const lines = items.map(
    (item) =>
      `${item.reference} – ${f.requestType(item.requestType)} – ${w.due} ${f.shortDate(item.dueDate)} – ${item.assigneeName ?? w.nobody}`,
  );
  if (total > items.length) lines.push(w.more(total - items.length));
  return lines;
}

const reviewWords = {
  fi: {
    heading: 'Rekisterien määräaikaistarkistus erääntynyt',
    line: (name: string, due: string) =>
      `${name}: säilytysaikojen tarkistus erääntyi ${due}. Kirjaa tarkistus konsolin kohdassa Rekisterit ja posti.`,
  },
  sv: {
    heading: 'Periodisk granskning av registren förfallen',
    line: (name: string, due: string) =>
      `${name}: granskningen av lagringstiderna förföll ${due}. Registrera granskningen i konsolen under Register och e-post.`,
  },
  en: {
    heading: 'Periodic register review due',
    line: (name: string, due: string) =>
      `${name}: the review of retention periods was due ${due}. Record it in the console under Registers and mail.`,
  },
} satisfies Record<Locale, { heading: string; line: (name: string, due: string) => string }>;

const reviewDueSchema = z.object({
  registerName: z.string().trim().min(1).max(200),
  dueOn: mailLocalDateSchema.nullable(),
});

/** The registers whose review the notice promises is due (Art. 5(1)(e), 5(2)); nothing when none is. */
function reviewBlocks(
  reviews: ReadonlyArray<z.output<typeof reviewDueSchema>>,
  f: MailFormat,
): MailBlock[] {
  if (reviews.length === 0) return [];
  const w = reviewWords[f.locale];
  return [
    { kind: 'heading', text: `${w.heading} (${reviews.length})` },
    {
      kind: 'list',
      items: reviews.map((r) => w.line(r.registerName, r.dueOn ? f.shortDate(r.dueOn) : '—')),
    },
  ];
}

const checkpointWords = {
  fi: 'Audit-lokin tarkistuspiste (säilytä tämä viesti; komento dsr audit verify --checkpoint vertaa lokia siihen):',
  sv: 'Kontrollpunkt för granskningsloggen (spara detta meddelande; kommandot dsr audit verify --checkpoint jämför loggen med den):',
  en: 'Audit trail checkpoint (keep this mail; `dsr audit verify --checkpoint` compares the trail with it):',
} satisfies Record<Locale, string>;

function checkpointBlocks(locale: Locale, line: string | undefined): MailBlock[] {
  return line
    ? [
        { kind: 'paragraph', text: checkpointWords[locale] },
        { kind: 'paragraph', text: line },
      ]
    : [];
}

function section(
  heading: string,
  empty: string,
  items: readonly DigestItem[],
  total: number,
  f: MailFormat,
): MailBlock[] {
  return [
    { kind: 'heading', text: `${heading} (${total})` },
    total === 0
      ? { kind: 'paragraph', text: empty }
      : { kind: 'list', items: itemLines(items, total, f) },
  ];
}

/**
 * Each working morning the members who want it — the contact person of the
 * register description by default — get what came in since the last digest,
 * what nobody has taken, the week's deadlines and what is overdue. Lists are
 * capped; the totals are exact.
 */
export const dailyDigestTemplate = defineMailTemplate({
  audience: 'staff',
  dataSchema: z.object({
    date: mailLocalDateSchema,
    /** Open requests whose deadline is within the next seven days, earliest first. */
    dueSoon: z.array(digestItemSchema),
    dueSoonTotal: z.int().min(0),
    overdue: z.array(digestItemSchema),
    overdueTotal: z.int().min(0),
    /** Requests received since the previous digest, oldest first, whatever their state now (issue #19). */
    newSince: z.array(digestItemSchema).default([]),
    newSinceTotal: z.int().min(0).default(0),
    /** Open requests nobody is assigned to, earliest deadline first. */
    unassigned: z.array(digestItemSchema).default([]),
    unassignedTotal: z.int().min(0).default(0),
    /** Registers whose periodic review is due; older queued digests have none. */
    reviewsDue: z.array(reviewDueSchema).max(50).default([]),
    consolePath: mailPathSchema,
    /** Signed audit chain head (audit-checkpoint.ts); `dsr audit verify --checkpoint` takes it back. */
    auditCheckpoint: z.string().max(400).optional(),
  }),
  render: {
    fi: (d, f) => ({
      subject: `Päivän katsaus ${f.shortDate(d.date)}: ${d.overdueTotal} myöhässä, ${d.dueSoonTotal} erääntyy viikon sisällä, ${d.newSinceTotal} uutta`,
      blocks: [
        { kind: 'heading', text: `Tietosuojapyyntöjen katsaus ${f.shortDate(d.date)}` },
        ...section(
          'Uudet edellisen katsauksen jälkeen',
          'Ei uusia pyyntöjä.',
          d.newSince,
          d.newSinceTotal,
          f,
        ),
        ...section(
          'Ei käsittelijää',
          'Jokaisella avoimella pyynnöllä on käsittelijä.',
          d.unassigned,
          d.unassignedTotal,
          f,
        ),
        ...section('Myöhässä', 'Ei myöhässä olevia pyyntöjä.', d.overdue, d.overdueTotal, f),
        ...section(
          'Määräaika seuraavan 7 päivän aikana',
          'Ei erääntyviä pyyntöjä.',
          d.dueSoon,
          d.dueSoonTotal,
          f,
        ),
        { kind: 'link', label: 'Avaa pyyntöjono', url: f.url(d.consolePath) },
        ...reviewBlocks(d.reviewsDue, f),
        ...checkpointBlocks('fi', d.auditCheckpoint),
      ],
      footer: staffFooter('fi', f.controllerName),
    }),
    sv: (d, f) => ({
      subject: `Dagens översikt ${f.shortDate(d.date)}: ${d.overdueTotal} försenade, ${d.dueSoonTotal} förfaller inom en vecka, ${d.newSinceTotal} nya`,
      blocks: [
        { kind: 'heading', text: `Översikt över dataskyddsbegäranden ${f.shortDate(d.date)}` },
        ...section(
          'Nya sedan förra översikten',
          'Inga nya begäranden.',
          d.newSince,
          d.newSinceTotal,
          f,
        ),
        ...section(
          'Ingen handläggare',
          'Varje öppen begäran har en handläggare.',
          d.unassigned,
          d.unassignedTotal,
          f,
        ),
        ...section('Försenade', 'Inga försenade begäranden.', d.overdue, d.overdueTotal, f),
        ...section(
          'Tidsfrist inom de närmaste 7 dagarna',
          'Inga begäranden förfaller.',
          d.dueSoon,
          d.dueSoonTotal,
          f,
        ),
        { kind: 'link', label: 'Öppna kön', url: f.url(d.consolePath) },
        ...reviewBlocks(d.reviewsDue, f),
        ...checkpointBlocks('sv', d.auditCheckpoint),
      ],
      footer: staffFooter('sv', f.controllerName),
    }),
    en: (d, f) => ({
      subject: `Daily digest ${f.shortDate(d.date)}: ${d.overdueTotal} overdue, ${d.dueSoonTotal} due within a week, ${d.newSinceTotal} new`,
      blocks: [
        { kind: 'heading', text: `Data protection requests, ${f.shortDate(d.date)}` },
        ...section('New since the last digest', 'No new requests.', d.newSince, d.newSinceTotal, f),
        ...section(
          'No handler',
          'Every open request has a handler.',
          d.unassigned,
          d.unassignedTotal,
          f,
        ),
        ...section('Overdue', 'No overdue requests.', d.overdue, d.overdueTotal, f),
        ...section('Due in the next 7 days', 'No requests due.', d.dueSoon, d.dueSoonTotal, f),
        { kind: 'link', label: 'Open the queue', url: f.url(d.consolePath) },
        ...reviewBlocks(d.reviewsDue, f),
        ...checkpointBlocks('en', d.auditCheckpoint),
      ],
      footer: staffFooter('en', f.controllerName),
    }),
  },
});
