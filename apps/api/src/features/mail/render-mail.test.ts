import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../config/env';
import { loadRegisterDescription } from '../../config/register-description';
import { mailTemplateNames, type MailTemplateData, type MailTemplateName } from './mail-templates';
import { renderMail } from './render-mail';

const env = loadEnv({ NODE_ENV: 'test', PUBLIC_URL: 'https://oikeus.example.fi/' });
const ctx = { env, registerDescription: loadRegisterDescription(env.REGISTER_DESCRIPTION_PATH) };

/** Valid data for every template, so each is rendered in each language below. */
const samples: { [K in MailTemplateName]: MailTemplateData<K> } = {
  sign_in_code: {
    code: '048213',
    linkPath: '/sign-in/verify?token=abc',
    expiresInMinutes: 10,
    purpose: 'sign_in',
  },
  sign_in_no_account: { signUpPath: '/sign-up' },
  acknowledgement: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    receivedAt: new Date('2026-03-05T10:00:00Z'),
    dueDate: '2026-04-07',
    requestPath: '/requests/r1',
  },
  identity_question: {
    reference: 'OIK-2026-00042',
    question: 'Mikä on asiakasnumerosi?',
    requestPath: '/requests/r1',
  },
  extension_notice: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    previousDueDate: '2026-04-07',
    newDueDate: '2026-06-05',
    reasons: 'Tietoja on paljon.',
    requestPath: '/requests/r1',
  },
  handler_message: { reference: 'OIK-2026-00042', requestPath: '/requests/r1' },
  subject_message: {
    reference: 'OIK-2026-00042',
    requestType: 'rectification',
    isIdentityAnswer: true,
    consolePath: '/console/requests/r1',
  },
  new_request: {
    reference: 'OIK-2026-00042',
    requestType: 'erasure',
    dueDate: '2026-04-07',
    isEnteredByStaff: false,
    isAssignedToReader: false,
    consolePath: '/console/requests/r1',
  },
  result_ready: {
    reference: 'OIK-2026-00042',
    requestType: 'portability',
    downloadPath: '/requests/r1/download',
    expiresAt: new Date('2026-04-20T12:00:00Z'),
  },
  refusal: {
    reference: 'OIK-2026-00042',
    requestType: 'erasure',
    legalGround: 'legal_obligation',
    reasons: 'Laskut on säilytettävä.',
    requestPath: '/requests/r1',
  },
  completion: {
    reference: 'OIK-2026-00042',
    requestType: 'rectification',
    responseLetter: 'Osoitteesi on korjattu.',
    requestPath: '/requests/r1',
  },
  reminder_before_due: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    dueDate: '2026-04-07',
    workingDaysBefore: 3,
    isExtended: false,
    consolePath: '/console/requests/r1',
  },
  reminder_target: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    targetDate: '2026-03-31',
    dueDate: '2026-04-07',
    consolePath: '/console/requests/r1',
  },
  reminder_overdue: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    dueDate: '2026-04-07',
    workingDaysOverdue: 2,
    consolePath: '/console/requests/r1',
  },
  escalation_overdue: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    dueDate: '2026-04-07',
    workingDaysOverdue: 1,
    assigneeName: null,
    consolePath: '/console/requests/r1',
  },
  reminder_identity_unanswered: {
    reference: 'OIK-2026-00042',
    requestType: 'access',
    askedOn: '2026-03-10',
    consolePath: '/console/requests/r1',
  },
  daily_digest: {
    date: '2026-04-08',
    dueSoon: [
      {
        reference: 'OIK-2026-00043',
        requestType: 'erasure',
        dueDate: '2026-04-10',
        assigneeName: 'Niina Paasonen',
      },
    ],
    dueSoonTotal: 1,
    overdue: [],
    overdueTotal: 0,
    newSince: [
      {
        reference: 'OIK-2026-00044',
        requestType: 'objection',
        dueDate: '2026-05-08',
        assigneeName: null,
      },
    ],
    newSinceTotal: 1,
    unassigned: [],
    unassignedTotal: 0,
    consolePath: '/console',
  },
  staff_invitation: {
    inviterName: 'Niina Paasonen',
    role: 'handler',
    linkPath: '/console/set-password?token=abc',
    expiresAt: new Date('2026-03-05T09:00:00Z'),
  },
  staff_password_reset: {
    requestedBy: 'admin',
    requiresTotp: true,
    linkPath: '/console/set-password?token=abc',
    expiresAt: new Date('2026-03-02T10:00:00Z'),
  },
};

function render<K extends MailTemplateName>(
  template: K,
  locale: string | null,
  data: MailTemplateData<K>,
) {
  return renderMail(ctx, { template, locale, data });
}

describe('renderMail', () => {
  it.each(
    mailTemplateNames.flatMap((name) =>
      (['fi', 'sv', 'en'] as const).map((locale) => [name, locale] as const),
    ),
  )(
    '%s in %s renders a subject, a text part and an HTML document in that language',
    (name, locale) => {
      const mail = render(name, locale, samples[name] as MailTemplateData<typeof name>);
      expect(mail.locale).toBe(locale);
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.subject).not.toMatch(/undefined|null|NaN|\[object/);
      expect(mail.text).not.toMatch(/undefined|NaN|\[object/);
      expect(mail.html).toContain(`<html lang="${locale}">`);
      expect(mail.html).toContain('Inope Oy');
      expect(mail.text).toContain('Inope Oy');
    },
  );

  it('when the three languages render the same template, each text is different (nothing left untranslated)', () => {
    for (const name of mailTemplateNames) {
      const data = samples[name] as MailTemplateData<typeof name>;
      const texts = (['fi', 'sv', 'en'] as const).map((l) => render(name, l, data).text);
      expect(new Set(texts).size, name).toBe(3);
    }
  });

  it('when a person writes markup into free text, the HTML shows it as text and adds no element or link', () => {
    const mail = render('identity_question', 'en', {
      reference: 'OIK-1',
      question: '<script>alert(1)</script> <a href="https://evil.example">click</a> & "quotes"',
      requestPath: '/requests/r1',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('href="https://evil.example"');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&amp; &quot;quotes&quot;');
    // The text part keeps the words as written.
    expect(mail.text).toContain('<script>alert(1)</script>');
  });

  it('links are built on PUBLIC_URL, written out in the text part and used as href in the HTML', () => {
    const mail = render('sign_in_code', 'fi', samples.sign_in_code);
    expect(mail.text).toContain('https://oikeus.example.fi/sign-in/verify?token=abc');
    expect(mail.html).toContain('href="https://oikeus.example.fi/sign-in/verify?token=abc"');
    expect(mail.text).toContain('048213');
    expect(mail.text).toContain('10 minuutin');
  });

  it('when a caller passes a full address instead of a path, rendering fails instead of mailing a foreign link', () => {
    expect(() =>
      render('handler_message', 'fi', {
        reference: 'OIK-1',
        requestPath: 'https://evil.example/x',
      }),
    ).toThrow();
    expect(() =>
      render('handler_message', 'fi', { reference: 'OIK-1', requestPath: '//evil.example/x' }),
    ).toThrow();
  });

  it('when the locale is unknown or missing, the mail is in Finnish', () => {
    expect(render('handler_message', 'de', samples.handler_message).locale).toBe('fi');
    expect(render('handler_message', null, samples.handler_message).subject).toBe(
      'Uusi viesti pyyntöösi OIK-2026-00042',
    );
  });

  it('dates are written in the reader language, and an instant in the controller time zone (Helsinki)', () => {
    const fi = render('acknowledgement', 'fi', samples.acknowledgement);
    expect(fi.text).toContain('tiistaina 7. huhtikuuta 2026');
    // 10:00 UTC on 5 March is 12.00 in Helsinki (UTC+2 in winter).
    expect(fi.text).toContain('5. maaliskuuta 2026 klo 12.00');
    const sv = render('acknowledgement', 'sv', samples.acknowledgement);
    expect(sv.text).toContain('tisdag 7 april 2026');
    const en = render('acknowledgement', 'en', samples.acknowledgement);
    expect(en.text).toContain('Tuesday, 7 April 2026');
    // 2026-04-20 12:00 UTC is 15:00 summer time in Helsinki.
    expect(render('result_ready', 'en', samples.result_ready).text).toMatch(
      /20 April 2026 at 15:00/,
    );
  });

  it('a refusal names the legal ground, the reasons, the Finnish supervisory authority and the courts (Art. 12(4))', () => {
    const fi = render('refusal', 'fi', samples.refusal).text;
    expect(fi).toContain('kirjanpitolain (1336/1997)');
    expect(fi).toContain('> Laskut on säilytettävä.');
    expect(fi).toContain('Tietosuojavaltuutetun toimisto');
    expect(fi).toContain('tietosuoja.fi');
    expect(fi).toContain('tuomioistuimen');
    expect(render('refusal', 'sv', samples.refusal).text).toContain('Dataombudsmannens byrå');
    expect(render('refusal', 'en', samples.refusal).text).toContain(
      'Office of the Data Protection Ombudsman',
    );
    const custom = render('refusal', 'en', {
      ...samples.refusal,
      legalGround: 'Our own wording of the ground',
    }).text;
    expect(custom).toContain('Our own wording of the ground');
  });

  it('an extension notice carries the new deadline and the reasons (Art. 12(3))', () => {
    const text = render('extension_notice', 'en', samples.extension_notice).text;
    expect(text).toContain('Friday, 5 June 2026');
    expect(text).toContain('> Tietoja on paljon.');
    expect(text).toContain('Article 12(3)');
  });

  it('a handler message mail links to the portal and does not carry the message', () => {
    const text = render('handler_message', 'fi', samples.handler_message).text;
    expect(text).toContain('https://oikeus.example.fi/requests/r1');
  });

  it('the digest counts overdue and due-soon requests and lists each with its deadline', () => {
    const text = render('daily_digest', 'fi', samples.daily_digest).text;
    expect(text).toContain('Myöhässä (0)');
    expect(text).toContain(
      '- OIK-2026-00043 – tietojen poistaminen – määräaika pe 10.4.2026 – Niina Paasonen',
    );
  });

  it('when data is missing a field, rendering throws a validation error', () => {
    expect(() =>
      renderMail(ctx, {
        template: 'completion',
        locale: 'fi',
        data: { reference: 'x' } as unknown as MailTemplateData<'completion'>,
      }),
    ).toThrow();
  });
});
