/**
 * Languages: en, zh-Hant and zh-Hans, switchable at any time. The first choice comes from the
 * browser, a choice made here is remembered, and a visitor's preferred language (profile) wins
 * once known. Shared strings live in src/i18n; each feature adds its own namespace.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../i18n/en';
import { LANGUAGES, type Language } from '../i18n/types';
import { zhHans } from '../i18n/zh-Hans';
import { zhHant } from '../i18n/zh-Hant';

export { LANGUAGES, type Language };

const STORAGE_KEY = 'tec.language';

/** What each language is called in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

/** BCP 47 locale for dates and numbers: Hong Kong English, Hong Kong Traditional, mainland Simplified. */
export const LOCALE_OF: Record<Language, string> = { en: 'en-HK', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The browser's first language we speak: zh-HK/TW/MO and zh-Hant → zh-Hant, other Chinese → zh-Hans. */
export function languageFromBrowser(preferences: readonly string[]): Language {
  for (const raw of preferences) {
    const tag = raw.toLowerCase();
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) {
      if (/hant|-hk|-tw|-mo/.test(tag)) return 'zh-Hant';
      return 'zh-Hans';
    }
  }
  return 'en';
}

function initialLanguage(): Language {
  try {
    const remembered = localStorage.getItem(STORAGE_KEY) ?? sessionStorage.getItem(STORAGE_KEY);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // storage unavailable (private mode): fall back to the browser
  }
  return languageFromBrowser(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export type FeatureStrings = Record<Language, Record<string, unknown>>;

/** Starts i18next with the shared strings ("common") and each feature's under its name. */
export function setupI18n(features: readonly { name: string; strings?: FeatureStrings }[]): typeof i18next {
  const bundles = (language: Language, common: object) => ({
    common,
    ...Object.fromEntries(features.filter((f) => f.strings).map((f) => [f.name, f.strings![language]])),
  });
  void i18next.use(initReactI18next).init({
    resources: {
      en: bundles('en', en),
      'zh-Hant': bundles('zh-Hant', zhHant),
      'zh-Hans': bundles('zh-Hans', zhHans),
    },
    lng: initialLanguage(),
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common', ...features.map((f) => f.name)],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const apply = (lng: string) => {
    document.documentElement.lang = isLanguage(lng) ? LOCALE_OF[lng] : 'en';
  };
  apply(i18next.language);
  i18next.on('languageChanged', apply);
  return i18next;
}

/** Whether the reader chose a language in this browser (a choice here beats their profile's). */
export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/**
 * Switches the language. 'choice' (the reader picked it) is remembered in this browser;
 * 'profile' (their preferred language, adopted) lasts this visit, through sign-in and sign-out.
 */
export function changeLanguage(language: Language, source: 'choice' | 'profile' = 'choice'): void {
  try {
    (source === 'choice' ? localStorage : sessionStorage).setItem(STORAGE_KEY, language);
  } catch {
    // not remembered; still switched
  }
  void i18next.changeLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');
