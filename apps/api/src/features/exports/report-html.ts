import { createHash } from 'node:crypto';
import { formatNoticeDate, type Locale, type PrivacyNoticeBlock } from '@oikeus/domain';
import { escapeHtml } from '../mail/escape-html';

/**
 * Small HTML building blocks for report.html. Every value goes through
 * escapeHtml, so a name or a message can never add markup to the report.
 */
export const h = escapeHtml;

const intlTag: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface ReportFormat {
  date(value: string | null): string;
  instant(value: string | null): string;
  money(cents: number, currency: string): string;
}

export function createReportFormat(locale: Locale, timeZone: string): ReportFormat {
  const instantFormat = new Intl.DateTimeFormat(intlTag[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  // The same due dates and month ends recur across thousands of invoices.
  const dates = new Map<string, string>();
  return {
    date: (value) => {
      if (value === null) return '';
      let text = dates.get(value);
      if (text === undefined) {
        text = formatNoticeDate(value, locale);
        if (dates.size < 10_000) dates.set(value, text);
      }
      return text;
    },
    instant: (value) => (value === null ? '' : instantFormat.format(new Date(value))),
    money: (cents, currency) => {
      let format = moneyFormats.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(intlTag[locale], { style: 'currency', currency });
        moneyFormats.set(currency, format);
      }
      return format.format(cents / 100);
    },
  };
}

/** A definition list of label/value pairs; empty values are left out. */
export function definitionList(rows: Array<[label: string, value: string | null]>): string {
  const items = rows
    .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
    .map(([label, value]) => `<div><dt>${h(label)}</dt><dd>${h(value)}</dd></div>`)
    .join('');
  return `<dl class="fields">${items}</dl>`;
}

export function tableStart(caption: string, headers: string[]): string {
  const cells = headers.map((header) => `<th scope="col">${h(header)}</th>`).join('');
  return `<table><caption>${h(caption)}</caption><thead><tr>${cells}</tr></thead><tbody>\n`;
}

export function tableRow(cells: Array<string | null>): string {
  return `<tr>${cells.map((cell) => `<td>${h(cell ?? '')}</td>`).join('')}</tr>\n`;
}

export const tableEnd = '</tbody></table>\n';

function link(text: string, href: string | undefined): string {
  return href ? `<a href="${h(href)}">${h(text)}</a>` : h(text);
}

/** A block of the privacy notice (buildPrivacyNotice) as HTML. */
export function noticeBlock(block: PrivacyNoticeBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${h(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${h(item)}</li>`).join('')}</ul>`;
    case 'fields':
      return `<dl class="fields">${block.fields
        .map((f) => `<div><dt>${h(f.label)}</dt><dd>${link(f.value, f.href)}</dd></div>`)
        .join('')}</dl>`;
    case 'definitions':
      return `<dl class="definitions">${block.items
        .map(
          (item) =>
            `<dt>${h(item.term)}</dt>${item.details.map((d) => `<dd>${h(d)}</dd>`).join('')}`,
        )
        .join('')}</dl>`;
  }
}

/**
 * Inline so the downloaded file is complete on its own. Readable on screen,
 * prints on A4 without cut tables (header rows repeat, rows do not split),
 * and contrast meets WCAG 2.1 AA.
 */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 60rem; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.25rem 0 0.5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #1f4e79; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
p, li, dd { max-width: 45rem; }
a { color: #0b4f8a; }
.controller { font-weight: 600; color: #1f4e79; margin: 0; }
.subtitle { font-size: 1.1rem; margin: 0 0 1rem; }
.note { background: #f3f6f9; border-left: 4px solid #1f4e79; padding: 0.5rem 0.9rem; }
dl.fields { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: 0.2rem 1.25rem; margin: 0.5rem 0 1rem; }
dl.fields > div { display: contents; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
dl.definitions dt { font-weight: 600; margin-top: 0.6rem; }
dl.definitions dd { margin: 0.15rem 0 0 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.25rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #8a96a3; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e8eef4; }
td { white-space: pre-wrap; }
.message { border: 1px solid #8a96a3; border-radius: 4px; padding: 0.5rem 0.9rem; margin: 0.6rem 0; }
.message header { font-weight: 600; }
.message p { white-space: pre-wrap; margin: 0.4rem 0 0; }
nav ol { padding-left: 1.25rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
  #your-data, #portal, #information { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .message, dl.fields > div { break-inside: avoid; }
  @page { size: A4; margin: 16mm 14mm; }
}
`;

/** CSP source for the one inline style element (served previews allow exactly it). */
export const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`;
