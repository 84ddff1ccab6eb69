/**
 * Calendar dates (YYYY-MM-DD) in Asia/Hong_Kong. Rotations and placements are whole days, so
 * all arithmetic is on dates, never on instants; UTC date maths is exact for them.
 */

const DAY_MS = 86_400_000;
const HONG_KONG_OFFSET_MS = 8 * 3_600_000; // UTC+8, no daylight saving

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => fromTime(toTime(date) + days * DAY_MS);

/** Inclusive length in days: a rotation from the 2nd to the 3rd lasts 2 days. */
export const lengthInDays = (start: string, end: string) => Math.round((toTime(end) - toTime(start)) / DAY_MS) + 1;

export function* eachDay(start: string, end: string): Generator<string> {
  for (let time = toTime(start); time <= toTime(end); time += DAY_MS) yield fromTime(time);
}

/** The months (yyyy-mm) a period touches, in order. */
export function monthsOf(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  const last = end.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

export interface Period {
  startDate: string;
  endDate: string;
}

export const overlaps = (a: Period, b: Period) => a.startDate <= b.endDate && b.startDate <= a.endDate;
export const within = (inner: Period, outer: Period) =>
  inner.startDate >= outer.startDate && inner.endDate <= outer.endDate;

/** The date in Hong Kong at an instant (today: shared/clock.ts). */
export const todayInHongKong = (now: Date) => fromTime(now.getTime() + HONG_KONG_OFFSET_MS);

/** Day-book attribute name of a date: d20260302. */
export const dayAttribute = (date: string) => `d${date.replace(/-/g, '')}`;
export const dateOfDayAttribute = (attribute: string) =>
  `${attribute.slice(1, 5)}-${attribute.slice(5, 7)}-${attribute.slice(7, 9)}`;
