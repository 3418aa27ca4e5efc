import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// Every catalog file (i18n/<language>/<area>.json) is loaded into ONE namespace, under its file
// name: i18n/en/residents.json's "admit.title" is `t('residents.admit.title')`. Validation
// messages from the shared zod schemas are keys of this same tree ("validation.required").

export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'hearth.language';

type Catalog = Record<string, unknown>;
const files = import.meta.glob<{ default: Catalog }>('./*/*.json', { eager: true });

function buildResources(): Record<string, { translation: Catalog }> {
  const resources: Record<string, { translation: Catalog }> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /^\.\/([a-z]+)\/([a-zA-Z]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, area] = match;
    resources[language] ??= { translation: {} };
    resources[language].translation[area] = module.default;
  }
  return resources;
}

function storedLanguage(): UiLanguage {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'en' || value === 'fr') return value;
  } catch {
    // Storage can be unavailable (privacy settings); English is the fallback.
  }
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setUiLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this session.
  }
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: buildResources(),
  lng: storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: UI_LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes already
});
document.documentElement.lang = i18n.language;

export default i18n;
