import { expect } from '@playwright/test';
import { mailApiPort } from '../playwright.config';
import type { CapturedMail } from './global-setup';

/**
 * Waits until a mail to `to` whose subject or text matches arrives at the
 * harness's SMTP server (only mail received after `since`, an ISO time, if given).
 */
export async function waitForMail(
  to: string,
  match: RegExp,
  options: { since?: string; timeoutMs?: number } = {},
): Promise<CapturedMail> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const since = options.since ?? '';
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        const res = await fetch(`http://127.0.0.1:${mailApiPort}/?to=${encodeURIComponent(to)}`);
        const mails = (await res.json()) as CapturedMail[];
        found = mails
          .reverse()
          .find((m) => m.receivedAt > since && (match.test(m.subject) || match.test(m.text)));
        return Boolean(found);
      },
      { timeout: timeoutMs, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found as CapturedMail;
}

/** The six-digit sign-in code from a sign-in email. */
export function codeFrom(mail: CapturedMail): string {
  const code = /\b(\d{6})\b/.exec(mail.text)?.[1];
  if (!code) throw new Error(`No six-digit code in mail "${mail.subject}"`);
  return code;
}
