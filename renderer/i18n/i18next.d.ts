import 'i18next';
import type { Catalog } from './resources';

// Typed keys: `t('residents.list.titel')` does not compile. Everything lives in the one default
// namespace `translation`, whose top level is the catalog areas (see index.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
    // A `defaultValue` does not make an unknown key acceptable: run-time keys go through messageKeys.ts.
    strictKeyChecks: true;
  }
}
