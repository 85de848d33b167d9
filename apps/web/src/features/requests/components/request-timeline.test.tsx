import type { Locale, RequestEventType, SubjectRequestEvent } from '@oikeus/contracts';
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
import { RequestTimeline } from './request-timeline';

const resources = {
  fi: { common: fiCommon, requests: fiRequests },
  sv: { common: svCommon, requests: svRequests },
  en: { common: enCommon, requests: enRequests },
} as const;
const locales = Object.keys(resources) as Locale[];

function renderTimeline(locale: Locale, events: SubjectRequestEvent[]): string {
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
      <RequestTimeline events={events} />
    </I18nextProvider>,
  );
}

function event(type: SubjectRequestEvent['type'], index: number): SubjectRequestEvent {
  return {
    id: `00000000-0000-4000-8000-00000000000${index}`,
    type,
    actorType: 'staff',
    data: null,
    createdAt: `2026-03-0${index + 1}T09:00:00Z`,
  };
}

describe('the portal timeline', () => {
  const expected: Record<Locale, Partial<Record<RequestEventType, string>>> = {
    fi: {
      erasure_applied: 'Tietosi poistettiin',
      rectification_applied: 'Tietosi korjattiin',
      restriction_applied: 'Tietojesi käsittelyä rajoitettiin',
      deadline_extended: 'Vastauksen määräaikaa pidennettiin',
      result_released: 'Tietosi ovat valmiina ladattaviksi',
    },
    sv: {
      erasure_applied: 'Dina uppgifter raderades',
      rectification_applied: 'Dina uppgifter rättades',
      restriction_applied: 'Behandlingen av dina uppgifter begränsades',
      deadline_extended: 'Tidsfristen för svaret förlängdes',
      result_released: 'Dina uppgifter är klara att laddas ned',
    },
    en: {
      erasure_applied: 'Your data was erased',
      rectification_applied: 'Your data was corrected',
      restriction_applied: 'Processing of your data was restricted',
      deadline_extended: 'The deadline for the answer was extended',
      result_released: 'Your data is ready to download',
    },
  };

  it.each(locales)(
    'when data was erased, rectified, restricted, the deadline extended and the result released, a person reading %s sees a line for each, in order',
    (locale) => {
      const lines = expected[locale];
      const types = Object.keys(lines) as RequestEventType[];
      const html = renderTimeline(locale, types.map((type, index) => event(type, index)).reverse());
      const labels = [...html.matchAll(/<span class="timeline__label">([^<]*)<\/span>/g)].map(
        (match) => match[1],
      );
      expect(labels).toEqual(types.map((type) => lines[type]));
    },
  );

  it('when an old row carries a type the vocabulary no longer has, the person sees the generic line and the page still renders', () => {
    const html = renderTimeline('en', [event('unrecognised', 0)]);
    expect(html).toContain('<span class="timeline__label">Update</span>');
  });
});
