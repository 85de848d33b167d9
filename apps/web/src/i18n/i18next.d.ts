import 'i18next';
import type auth from './locales/fi/auth';
import type common from './locales/fi/common';
import type consoleTexts from './locales/fi/console';
import type portal from './locales/fi/portal';
import type registers from './locales/fi/registers';
import type reporting from './locales/fi/reporting';
import type requests from './locales/fi/requests';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      portal: typeof portal;
      auth: typeof auth;
      requests: typeof requests;
      console: typeof consoleTexts;
      registers: typeof registers;
      reporting: typeof reporting;
    };
  }
}
