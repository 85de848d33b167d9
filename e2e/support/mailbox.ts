import { expect, type APIRequestContext } from '@playwright/test';
import { mailApiPort } from '../playwright.config';
import type { CapturedMail } from './global-setup';

export interface WaitForMailOptions {
  /** Only mail received after this ISO time counts. */
  since?: string;
  timeoutMs?: number;
}

/**
 * Runs one worker pass in the app now (POST /api/test/worker-pass): the
 * reminders due at the app clock are queued and the outbox is sent. The app
 * runs no worker of its own in the journeys (RUN_WORKER=false), so mail goes
 * out exactly when a journey looks for it, never on a timer.
 */
export async function runWorkerPass(request: APIRequestContext): Promise<void> {
  const res = await request.post('/api/test/worker-pass', {
    // A connection of its own: a pooled keep-alive socket the server had just
    // closed as idle reset this call once under load (ECONNRESET).
    headers: { 'x-requested-with': 'oikeus', connection: 'close' },
  });
  if (!res.ok()) throw new Error(`The worker pass failed: ${res.status()} ${await res.text()}`);
}

/**
 * The newest mail to `to` whose subject or text matches, from the harness's
 * SMTP server. Each look first runs a worker pass, so a mail the app has queued
 * is there at the first look; a few more looks cover an outbox with more due
 * mail than one pass sends.
 */
export async function waitForMail(
  request: APIRequestContext,
  to: string,
  match: RegExp,
  options: WaitForMailOptions = {},
): Promise<CapturedMail> {
  const since = options.since ?? '';
  let found: CapturedMail | undefined;
  await expect
    .poll(
      async () => {
        await runWorkerPass(request);
        const res = await fetch(`http://127.0.0.1:${mailApiPort}/?to=${encodeURIComponent(to)}`);
        const mails = (await res.json()) as CapturedMail[];
        found = mails
          .reverse()
          .find((m) => m.receivedAt > since && (match.test(m.subject) || match.test(m.text)));
        return Boolean(found);
      },
      {
        message: `a mail to ${to} matching ${match}`,
        timeout: options.timeoutMs ?? 15_000,
        intervals: [100, 250, 500],
      },
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
