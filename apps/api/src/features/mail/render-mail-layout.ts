import type { Locale } from '@oikeus/contracts';
import { escapeHtml } from './escape-html';
import type { MailBlock, MailContent, RenderedMail } from './mail-content';

function textBlock(block: MailBlock, isFirstHeading: boolean): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${(isFirstHeading ? '=' : '-').repeat(Math.min(block.text.length, 72))}`;
    case 'paragraph':
      return block.text;
    case 'code':
      return `${block.label}: ${block.code}`;
    case 'link':
      return `${block.label}:\n${block.url}`;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'quote':
      return `${block.label}:\n${block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`;
  }
}

/** Paragraphs and line breaks of a person's free text, every character escaped. */
function htmlFreeText(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p style="margin:0 0 12px">${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const paragraphStyle = 'margin:0 0 16px';

function htmlBlock(block: MailBlock, isFirstHeading: boolean): string {
  switch (block.kind) {
    case 'heading':
      // One h1 per message, sections below it as h2, so screen readers get a real outline.
      return isFirstHeading
        ? `<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${escapeHtml(block.text)}</h1>`
        : `<h2 style="font-size:18px;line-height:1.3;margin:24px 0 12px">${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p style="${paragraphStyle}">${escapeHtml(block.text)}</p>`;
    case 'code':
      // Letter spacing is only visual: screen readers still read the code as written.
      return (
        `<p style="${paragraphStyle}">${escapeHtml(block.label)}</p>` +
        `<p style="${paragraphStyle};font-family:Consolas,Menlo,monospace;font-size:28px;font-weight:bold;letter-spacing:6px">${escapeHtml(block.code)}</p>`
      );
    case 'link':
      // The address is written out as well, for clients that strip links and for people who copy it.
      return (
        `<p style="${paragraphStyle}"><a href="${escapeHtml(block.url)}" style="color:#0b4f8a;font-weight:bold">${escapeHtml(block.label)}</a></p>` +
        `<p style="${paragraphStyle};font-size:13px;color:#444;word-break:break-all">${escapeHtml(block.url)}</p>`
      );
    case 'facts':
      return (
        `<table style="border-collapse:collapse;margin:0 0 16px">` +
        block.rows
          .map(
            ([label, value]) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:2px 16px 2px 0;font-weight:bold">${escapeHtml(label)}</th>` +
              `<td style="padding:2px 0">${escapeHtml(value)}</td></tr>`,
          )
          .join('') +
        `</table>`
      );
    case 'list':
      return `<ul style="${paragraphStyle};padding-left:24px">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'quote':
      return (
        `<p style="margin:0 0 8px;font-weight:bold">${escapeHtml(block.label)}</p>` +
        `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #8a8a8a;background:#f4f4f4">${htmlFreeText(block.text)}</blockquote>`
      );
  }
}

/**
 * Turns a template's blocks into the plain-text and HTML bodies. The HTML is
 * deliberately plain (one column, real headings, a table with row headers,
 * links with their text, `lang` set, high contrast) so it reads well in screen
 * readers and in clients that block styles; the text part says the same.
 */
export function renderMailLayout(content: MailContent, locale: Locale): RenderedMail {
  const firstHeading = content.blocks.findIndex((block) => block.kind === 'heading');
  const text =
    [
      ...content.blocks.map((block, i) => textBlock(block, i === firstHeading)),
      `-- \n${content.footer}`,
    ].join('\n\n') + '\n';
  const html =
    `<!DOCTYPE html>\n<html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">` +
    `<div role="article" aria-label="${escapeHtml(content.subject)}" lang="${locale}" style="max-width:600px">` +
    content.blocks.map((block, i) => htmlBlock(block, i === firstHeading)).join('') +
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0 12px">` +
    `<p style="margin:0;font-size:13px;color:#444444">${escapeHtml(content.footer)}</p>` +
    `</div></body></html>\n`;
  return { subject: content.subject, text, html };
}
