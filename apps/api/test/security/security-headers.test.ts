// Browser-side protections, checked on the real HTTP answers: session cookie
// flags, the Content-Security-Policy (no inline scripts), and uploaded files
// that are only ever downloads (GDPR Art. 32: security of processing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolledStaff, signInStaff, totpAt } from '../support/console-sign-in';
import { submitRequestAs } from '../support/portal-requests';
import {
  anonymousHeaders,
  callApi,
  randomClientIp,
  requestSignInMail,
  SESSION_COOKIE,
  signUpSubject,
  uniqueEmail,
} from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { STAFF_SESSION_COOKIE } from '../../src/features/staff/staff-session';

const pdf = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);

/** The raw Set-Cookie lines of a subject and a staff sign-in on an app served as `publicUrl`. */
async function sessionCookies(publicUrl: string): Promise<{ subject: string; staff: string }> {
  const app = await startTestApp('sqlite', { env: { PUBLIC_URL: publicUrl } });
  try {
    const email = uniqueEmail();
    const ip = randomClientIp();
    const mail = await requestSignInMail(
      app,
      { purpose: 'sign_up', email, name: 'Testi Henkilö', locale: 'fi' },
      ip,
    );
    const verified = await fetch(`${app.url}/api/auth/verify`, {
      method: 'POST',
      headers: anonymousHeaders(ip),
      body: JSON.stringify({ email, code: mail.code }),
    });
    const user = await createEnrolledStaff(app, 'auditor');
    const login = await fetch(`${app.url}/api/staff/auth/login`, {
      method: 'POST',
      headers: anonymousHeaders(randomClientIp()),
      body: JSON.stringify({
        email: user.email,
        password: user.password,
        totp: totpAt(app, user.totpSecret),
      }),
    });
    const subject = verified.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    const staff = login.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${STAFF_SESSION_COOKIE}=`));
    if (!subject || !staff)
      throw new Error(`no session cookie: ${verified.status} ${login.status}`);
    return { subject, staff };
  } finally {
    await app.close();
  }
}

describe('session cookie flags', () => {
  it('when the portal runs on localhost over http (development), cookies are httpOnly and SameSite but not Secure', async () => {
    const { subject, staff } = await sessionCookies('http://localhost:3000');
    expect(subject).toMatch(/;\s*HttpOnly/i);
    expect(subject).toMatch(/;\s*SameSite=Lax/i);
    expect(subject).toMatch(/;\s*Path=\//i);
    expect(subject).not.toMatch(/;\s*Secure/i);
    expect(staff).toMatch(/;\s*HttpOnly/i);
    expect(staff).toMatch(/;\s*SameSite=Strict/i);
    expect(staff).toMatch(/;\s*Path=\/api/i);
    expect(staff).not.toMatch(/;\s*Secure/i);
  });

  it.each(['https://oikeus.example.fi', 'http://oikeus.example.fi'])(
    'when the portal is served as %s, both session cookies are Secure, httpOnly and SameSite',
    async (publicUrl) => {
      const { subject, staff } = await sessionCookies(publicUrl);
      for (const line of [subject, staff]) {
        expect(line).toMatch(/;\s*Secure/i);
        expect(line).toMatch(/;\s*HttpOnly/i);
        expect(line).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      }
    },
  );
});

describe('headers and uploads', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(() => app.close());

  it('when any page or API answer is sent, the CSP allows scripts only from our origin and never inline', async () => {
    for (const path of ['/healthz', '/api/openapi.json', '/api/does-not-exist']) {
      const res = await fetch(`${app.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name ?? '', values] as const;
        }),
      );
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('base-uri')).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('when an uploaded file is fetched, by the subject or by staff, it is an attachment with nosniff and a sandbox CSP', async () => {
    const subject = await signUpSubject(app);
    const request = await submitRequestAs(app, subject);
    const form = new FormData();
    form.append('body', 'Liitteenä.');
    // A file that browsers would render inline if we let them.
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'todistus.pdf');
    const posted = await callApi<{ message: { attachments: Array<{ id: string }> } }>(
      app,
      'POST',
      `/api/requests/${request.id}/messages`,
      { headers: subject.headers, rawBody: form },
    );
    expect(posted.status).toBe(201);
    const attachmentId = posted.body.message.attachments[0]?.id;
    const handler = await signInStaff(app, 'handler');
    const answers = [
      await fetch(`${app.url}/api/requests/${request.id}/attachments/${attachmentId}`, {
        headers: { cookie: subject.cookie },
      }),
      await fetch(`${app.url}/api/console/requests/${request.id}/attachments/${attachmentId}`, {
        headers: { cookie: handler.cookie },
      }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
      expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
    }
  });
});
