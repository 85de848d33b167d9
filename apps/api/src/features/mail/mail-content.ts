/**
 * What a template produces: a subject and a list of blocks, not markup.
 *
 * Why plain TypeScript functions and blocks instead of a template engine
 * (Handlebars, MJML, React Email): the data shapes are checked by the compiler
 * and by zod, the text and HTML versions come from the same blocks so they can
 * never say different things, and escaping happens in exactly one place
 * (render-mail-layout.ts). A dozen short transactional messages do not need a
 * second language or another dependency.
 */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** A short code the reader types in (sign-in code); shown large and monospaced. */
  | { kind: 'code'; label: string; code: string }
  /** A call to action; `url` is always absolute and under PUBLIC_URL. */
  | { kind: 'link'; label: string; url: string }
  | { kind: 'facts'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: 'list'; items: readonly string[] }
  /** Free text written by a person (reasons, a question, a response letter), kept as written. */
  | { kind: 'quote'; label: string; text: string };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
  /** One line under the body: who sent this and why the reader got it. */
  footer: string;
}

/** A fully rendered message, as stored in OutboxMessage. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
