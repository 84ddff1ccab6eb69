/**
 * Dates as the reader reads them: their language's locale, Hong Kong time, with the weekday
 * ("Mon, 1 Mar 2027", "2027年3月1日 星期一"). The API's dates are calendar dates in Asia/Hong_Kong.
 */
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language, LOCALE_OF } from './i18n';

export const TIME_ZONE = 'Asia/Hong_Kong';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, kind: 'date' | 'dateTime' | 'short'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'short'
        ? { timeZone: TIME_ZONE, weekday: 'short', month: 'short', day: 'numeric' }
        : { timeZone: TIME_ZONE, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' };
    if (kind === 'dateTime') Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    f = new Intl.DateTimeFormat(LOCALE_OF[language], options);
    formatters.set(key, f);
  }
  return f;
}

/** A calendar date (YYYY-MM-DD) as the instant it starts in Hong Kong. */
export const hongKongDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

export function formatDate(date: string, language: Language): string {
  return formatter(language, 'date').format(hongKongDay(date));
}
export function formatShortDate(date: string, language: Language): string {
  return formatter(language, 'short').format(hongKongDay(date));
}
export function formatDateTime(instant: string, language: Language): string {
  return formatter(language, 'dateTime').format(new Date(instant));
}

const unbroken = (text: string) => text.replace(/ /g, '\u00a0');

/** Today's calendar date in Hong Kong. */
export function todayInHongKong(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** Whole days from a to b inclusive (both calendar dates). */
export function daysInclusive(from: string, to: string): number {
  return Math.round((hongKongDay(to).getTime() - hongKongDay(from).getTime()) / 86_400_000) + 1;
}

/** Formatting bound to the current language (re-renders when it changes). */
export function useDates() {
  const { i18n, t } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  return {
    language,
    date: (d: string) => formatDate(d, language),
    shortDate: (d: string) => formatShortDate(d, language),
    dateTime: (i: string) => formatDateTime(i, language),
    // Each date kept on one line (no-break spaces), so a narrow screen breaks only between them.
    range: (from: string, to: string) =>
      t('dates.range', { from: unbroken(formatDate(from, language)), to: unbroken(formatDate(to, language)) }),
  };
}
