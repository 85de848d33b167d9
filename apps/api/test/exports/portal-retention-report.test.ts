// Issue #16: every access report's section (d) names the portal's own
// retention — the periods the notice prints for requests, files, accounts,
// sign-in codes, mail and the audit trail — and the date each of the
// person's requests may be deleted (GDPR Art. 15(1)(d), 13(2)(a)).
import type { SubjectRequestSummary } from '@oikeus/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { compileAs, prepareExportRequest, releaseAs } from '../support/exports-factories';
import { download, listOwnExports, readPackage } from '../support/exports-zip';
import { submitRequestAs } from '../support/portal-requests';
import {
  callApi,
  signInSubject,
  signUpSubject,
  uniqueEmail,
  type PortalSubject,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const firstDay = new Date('2026-03-02T09:00:00Z');
const withdrawnAt = new Date('2026-03-02T12:00:00Z');
const accessDay = new Date('2026-04-15T09:00:00Z');

function section(html: string, letter: string): string {
  const start = html.indexOf(`id="art15-1-${letter}"`);
  expect(start, `section (${letter})`).toBeGreaterThan(-1);
  const end = html.indexOf('<section aria-labelledby="art15-1-', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

describe.each(testProviders)(
  'the portal’s own retention in the access report on %s',
  (provider) => {
    let app: TestApp;
    let handler: SignedInStaff;
    let subject: PortalSubject;
    let withdrawn: SubjectRequestSummary;
    let access: SubjectRequestSummary;
    let html = '';

    beforeAll(async () => {
      app = await startTestApp(provider, {
        now: firstDay,
        // The controller's own periods: the report must print these, not the defaults.
        env: { PORTAL_REQUEST_RETENTION_YEARS: '4', AUDIT_RETENTION_YEARS: '7' },
      });
      subject = await signUpSubject(app, { email: uniqueEmail('portal-d'), locale: 'en' });
      // An earlier request the person withdrew the same day.
      withdrawn = await submitRequestAs(app, subject, {
        type: 'erasure',
        registers: ['marketing'],
        reason: 'Poistakaa tietoni.',
      });
      app.clock.set(withdrawnAt);
      const res = await callApi(app, 'POST', `/api/requests/${withdrawn.id}/withdraw`, {
        headers: subject.headers,
        body: { version: withdrawn.version, reason: 'Muutin mieleni.' },
      });
      expect(res.status).toBe(200);

      app.clock.set(accessDay);
      // Weeks later: both sessions have long expired.
      handler = await signInStaff(app, 'handler');
      subject = await signInSubject(app, subject.email);
      access = await prepareExportRequest(
        app,
        handler,
        subject,
        { type: 'access', registers: ['customer'] },
        {},
      );
      const compiled = await compileAs(app, handler, access.id);
      // The person has no register records: the release is knowingly overridden (issue #17).
      await releaseAs(app, handler, access.id, compiled.id, {
        override: { reason: 'No register records; the copy holds the portal records only.' },
      });
      const listed = await listOwnExports(app, subject, access.id);
      const downloaded = await download(app, listed[0]?.downloadUrl ?? '/missing', subject.headers);
      expect(downloaded.status).toBe(200);
      html = (await readPackage(downloaded.body)).text('report.html');
    });
    afterAll(() => app.close());

    it('when the person has a closed and an open request, (d) gives the closed one its deletion date by the controller’s setting and says the open one waits for its closing', () => {
      const d = section(html, 'd');
      expect(d).toContain('Handling data protection requests in this portal');
      expect(d).toContain('How long your requests are kept in this portal');
      const rowOf = (reference: string) => {
        const start = d.indexOf(`<td>${reference}</td>`);
        expect(start, reference).toBeGreaterThan(-1);
        return d.slice(start, d.indexOf('</tr>', start));
      };
      // Closed on 2 March 2026; four years later, kept through 2 March 2030.
      expect(rowOf(withdrawn.reference)).toContain(
        'Closed on 2 March 2026. Deleted with its messages, notes and data packages from 3 March 2030.',
      );
      expect(rowOf(access.reference)).toContain(
        'Still being handled. Deleted 4 years after the request is closed.',
      );
    });

    it('when the report states the portal’s periods, it names each kind of record with the controller’s settings and says the audit trail is not deleted automatically', () => {
      const d = section(html, 'd');
      expect(d).toContain(
        'Requests and their correspondence: 4 years after the request was closed',
      );
      expect(d).toContain(
        'Attached files: until your identity is confirmed, at most until the request is closed',
      );
      expect(d).toContain('Account: 4 years after your last sign-in, once no request remains');
      expect(d).toContain('Sign-in codes: one day after the code expires');
      expect(d).toContain('Content of sent email: 30 days after sending');
      expect(d).toContain('Processing log: 7 years after the entry');
      expect(d).toContain('That procedure is not in use yet, so for now the entries are kept.');
    });
  },
);
