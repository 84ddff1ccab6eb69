/** Names in the reader's language: institutions, departments and programmes carry all three; people at least one. */
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

type Names = Partial<Record<Language, string>>;

const FALLBACK: Record<Language, Language[]> = {
  en: ['en', 'zh-Hant', 'zh-Hans'],
  'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'],
  'zh-Hans': ['zh-Hans', 'zh-Hant', 'en'],
};

export function nameIn(names: Names | undefined, language: Language): string {
  if (!names) return '';
  for (const l of FALLBACK[language]) if (names[l]) return names[l]!;
  return '';
}

export function useNames() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return (names: Names | undefined) => nameIn(names, language);
}
