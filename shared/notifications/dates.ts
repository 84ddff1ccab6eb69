/**
 * Calendar dates (YYYY-MM-DD, Asia/Hong_Kong; arithmetic in shared/domain/dates.ts) written the
 * way each reader expects. Pure, and without Intl, so the output does not depend on the ICU data
 * of whatever runtime renders it.
 */
import type { Language } from '../schemas';

const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// 星期日 … 星期六 are the same characters in Traditional and Simplified Chinese.
const ZH_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

function parts(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "Monday, 2 March 2026" · "2026年3月2日（星期一）" (the same in Traditional and Simplified). */
export function formatDate(date: string, language: Language): string {
  const { year, month, day } = parts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (language === 'en') return `${EN_WEEKDAYS[weekday]}, ${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${year}年${month}月${day}日（${ZH_WEEKDAYS[weekday]}）`;
}

/** A period from its first to its last day, both included. */
export function formatPeriod(startDate: string, endDate: string, language: Language): string {
  const start = formatDate(startDate, language);
  const end = formatDate(endDate, language);
  return language === 'en' ? `${start} to ${end}` : `${start}至${end}`;
}
