import { auditActions, requestEventTypes, type Locale } from '@oikeus/contracts';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import enCommon from '../i18n/locales/en/common';
import enConsole from '../i18n/locales/en/console';
import enRequests from '../i18n/locales/en/requests';
import fiCommon from '../i18n/locales/fi/common';
import fiConsole from '../i18n/locales/fi/console';
import fiRequests from '../i18n/locales/fi/requests';
import svCommon from '../i18n/locales/sv/common';
import svConsole from '../i18n/locales/sv/console';
import svRequests from '../i18n/locales/sv/requests';
import {
  auditActionLabelKey,
  consoleEventLabelKey,
  subjectEventLabelKey,
} from './vocabulary-labels';

const resources = {
  fi: { common: fiCommon, requests: fiRequests, console: fiConsole },
  sv: { common: svCommon, requests: svRequests, console: svConsole },
  en: { common: enCommon, requests: enRequests, console: enConsole },
} as const;
const locales = Object.keys(resources) as Locale[];

/** Looks a key up the way the app does, with no fallback language to hide a gap. */
function lookUp(locale: Locale, namespace: 'requests' | 'console') {
  const i18n = createInstance();
  void i18n.init({ resources, lng: locale, fallbackLng: false, ns: [namespace], initAsync: false });
  return (key: string): unknown =>
    i18n.exists(key, { ns: namespace }) ? i18n.t(key as never, { ns: namespace }) : undefined;
}

describe.each(locales)('labels in %s', (locale) => {
  const requests = lookUp(locale, 'requests');
  const consoleTexts = lookUp(locale, 'console');

  it('every request event type has its own line on the subject’s timeline', () => {
    const fallback = requests(subjectEventLabelKey('unrecognised'));
    expect(fallback).toEqual(expect.any(String));
    for (const type of requestEventTypes) {
      const label = requests(subjectEventLabelKey(type));
      expect(label, type).toEqual(expect.stringMatching(/\S/));
      expect(label, type).not.toBe(fallback);
    }
  });

  it('every request event type has its own label on the console timeline', () => {
    const fallback = consoleTexts(consoleEventLabelKey('unrecognised'));
    expect(fallback).toEqual(expect.any(String));
    for (const type of requestEventTypes) {
      const label = consoleTexts(consoleEventLabelKey(type));
      expect(label, type).toEqual(expect.stringMatching(/\S/));
      expect(label, type).not.toBe(fallback);
      expect(label, type).not.toBe(type);
    }
  });

  it('every audit action has its own label in the audit table', () => {
    const fallback = consoleTexts(auditActionLabelKey('unrecognised'));
    expect(fallback).toEqual(expect.any(String));
    for (const action of auditActions) {
      const label = consoleTexts(auditActionLabelKey(action));
      expect(label, action).toEqual(expect.stringMatching(/\S/));
      expect(label, action).not.toBe(fallback);
      expect(label, action).not.toBe(action);
    }
  });
});
