/**
 * Languages: en, zh-Hant and zh-Hans, switchable at any time. The first choice comes from the
 * browser, a choice made here is remembered, and a visitor's preferred language (profile) wins
 * once known. Shared strings live in src/i18n; each feature adds its own namespace.
 *
 * Only the language being read is loaded: its shared strings, antd's locale and dayjs's, each a
 * small chunk fetched before the first screen (beside /config.json) and on a switch, before the
 * switch shows. A reader never downloads the two languages they do not read.
 */
import type { Locale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/types';

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

/** The shared strings ("common") of each language, each its own chunk. */
const COMMON: Record<Language, () => Promise<object>> = {
  en: () => import('../i18n/en').then((m) => m.en),
  'zh-Hant': () => import('../i18n/zh-Hant').then((m) => m.zhHant),
  'zh-Hans': () => import('../i18n/zh-Hans').then((m) => m.zhHans),
};

/** antd's texts (pagination, pickers, empty tables): Hong Kong Traditional, mainland Simplified. */
const ANTD: Record<Language, () => Promise<Locale>> = {
  en: async () => enUS,
  'zh-Hant': () => import('antd/es/locale/zh_HK').then((m) => m.default),
  'zh-Hans': () => import('antd/es/locale/zh_CN').then((m) => m.default),
};

/** dayjs's month and weekday names for antd's date pickers (English is built in). */
const DAYJS: Record<Language, { name: string; load?: () => Promise<unknown> }> = {
  en: { name: 'en' },
  'zh-Hant': { name: 'zh-hk', load: () => import('dayjs/locale/zh-hk') },
  'zh-Hans': { name: 'zh-cn', load: () => import('dayjs/locale/zh-cn') },
};

const antdLocales = new Map<Language, Locale>();
let features: readonly { name: string; strings?: FeatureStrings }[] = [];
let dayjs: typeof import('dayjs') | undefined;

/** antd's locale for a language already loaded (every language shown has been). */
export const antdLocale = (language: Language): Locale => antdLocales.get(language) ?? enUS;

const loading = new Map<Language, Promise<void>>();
/** Loads a language's strings and locales (once); resolves when it can be shown. */
function loadLanguage(language: Language): Promise<void> {
  let loaded = loading.get(language);
  if (!loaded) {
    loaded = Promise.all([
      COMMON[language](),
      ANTD[language](),
      DAYJS[language].load ? Promise.all([import('dayjs'), DAYJS[language].load()]) : undefined,
    ]).then(([common, locale, day]) => {
      i18next.addResourceBundle(language, 'common', common, true, true);
      for (const feature of features)
        if (feature.strings) i18next.addResourceBundle(language, feature.name, feature.strings[language], true, false);
      antdLocales.set(language, locale);
      if (day) dayjs = day[0].default;
    });
    // A failed load (the network) may be tried again.
    loaded.catch(() => loading.delete(language));
    loading.set(language, loaded);
  }
  return loaded;
}

/**
 * Starts i18next in the reader's language, with the shared strings ("common") and each
 * feature's under its name; resolves once that language is loaded.
 */
export async function setupI18n(registered: readonly { name: string; strings?: FeatureStrings }[]): Promise<void> {
  features = registered;
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    defaultNS: 'common',
    ns: ['common', ...features.map((f) => f.name)],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  await loadLanguage(language);
  // Again, now that it has strings: i18next resolves a language only once it has some.
  await i18next.changeLanguage(language);
  const apply = (lng: string) => {
    if (!isLanguage(lng)) return;
    document.documentElement.lang = LOCALE_OF[lng];
    dayjs?.locale(DAYJS[lng].name);
  };
  apply(i18next.language);
  i18next.on('languageChanged', apply);
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
export function changeLanguage(language: Language, source: 'choice' | 'profile' = 'choice'): Promise<void> {
  try {
    (source === 'choice' ? localStorage : sessionStorage).setItem(STORAGE_KEY, language);
  } catch {
    // not remembered; still switched
  }
  // Shown once loaded; until then the page stays in the language it was in (also if loading fails).
  return loadLanguage(language).then(
    async () => {
      await i18next.changeLanguage(language);
    },
    () => undefined,
  );
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'en');
