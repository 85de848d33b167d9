import type { Locale, SubjectMessage } from '@oikeus/contracts';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import enCommon from '../../../i18n/locales/en/common';
import enRequests from '../../../i18n/locales/en/requests';
import fiCommon from '../../../i18n/locales/fi/common';
import fiRequests from '../../../i18n/locales/fi/requests';
import svCommon from '../../../i18n/locales/sv/common';
import svRequests from '../../../i18n/locales/sv/requests';
import { MessageList } from './message-list';

const resources = {
  fi: { common: fiCommon, requests: fiRequests },
  sv: { common: svCommon, requests: svRequests },
  en: { common: enCommon, requests: enRequests },
} as const;

function render(locale: Locale, messages: SubjectMessage[]): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'fi',
    ns: ['common', 'requests'],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MessageList requestId="11111111-1111-4111-8111-111111111111" messages={messages} />
    </I18nextProvider>,
  );
}

const file = {
  id: '22222222-2222-4222-8222-222222222222',
  fileName: 'passi.png',
  contentType: 'image/png',
  size: 2048,
  createdAt: '2026-03-02T09:00:00.000Z',
  deletedAt: null,
  deletedReason: null,
} satisfies SubjectMessage['attachments'][number];

const message = (attachment: SubjectMessage['attachments'][number]): SubjectMessage => ({
  id: '33333333-3333-4333-8333-333333333333',
  authorType: 'subject',
  body: 'Tässä passini.',
  isIdentityAnswer: true,
  createdAt: '2026-03-02T09:00:00.000Z',
  attachments: [attachment],
});

describe('MessageList', () => {
  it('when a file is held, its name is a download link', () => {
    const html = render('fi', [message(file)]);
    expect(html).toContain(`/attachments/${file.id}`);
    expect(html).toContain('passi.png</a>');
  });

  it.each([
    ['fi', 'tiedosto poistettu, kun henkilöllisyytesi oli todettu'],
    ['sv', 'filen raderades när din identitet hade bekräftats'],
    ['en', 'file deleted once your identity was confirmed'],
  ] as const)(
    'when the file was deleted after identity was verified, in %s it says so with the date and offers no link',
    (locale, text) => {
      const html = render(locale, [
        message({
          ...file,
          deletedAt: '2026-03-03T10:00:00.000Z',
          deletedReason: 'identity_verified',
        }),
      ]);
      expect(html).toContain('passi.png');
      expect(html).toContain(text);
      expect(html).toContain('<time dateTime="2026-03-03');
      expect(html).not.toContain('/attachments/');
    },
  );
});
