/**
 * Dates as people type them into spreadsheets, read into calendar dates (YYYY-MM-DD). Pure.
 *
 * The rule for day and month order: a date that starts with the year is always year, month,
 * day (2027-03-01, 2027/3/1, 2027.3.1, 2027年3月1日). A date that ends with the year
 * (01/03/2027) is read day first, as Hong Kong and the mainland write it, unless the import
 * says `dateOrder: 'MDY'`. Two-digit years are refused: 01/03/27 could be three dates.
 *
 * Excel stores dates as serial numbers: days since 1899-12-30 in the 1900 date system, where
 * Excel believes 1900-02-29 existed (a Lotus 1-2-3 bug it kept), so serials 1-59 are one day
 * later than the plain count and serial 60 is a day that never was. Workbooks in the 1904
 * date system (old Mac Excel) count from 1904-01-01.
 */

export type DateOrder = 'DMY' | 'MDY';

export type DateReading = { ok: true; date: string } | { ok: false; reason: 'NOT_A_DATE' | 'NO_SUCH_DAY' };

const pad = (n: number) => String(n).padStart(2, '0');

/** A real day of the Gregorian calendar, or undefined. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 31); // serial 1 = 1900-01-01
const EPOCH_1904 = Date.UTC(1904, 0, 1); // serial 0 = 1904-01-01

/** An Excel date serial (whole days; a time of day is dropped) as a calendar date. */
export function fromExcelSerial(serial: number, date1904 = false): DateReading {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return { ok: false, reason: 'NOT_A_DATE' };
  const days = Math.floor(serial);
  if (date1904) return { ok: true, date: new Date(EPOCH_1904 + days * DAY_MS).toISOString().slice(0, 10) };
  if (days === 60) return { ok: false, reason: 'NO_SUCH_DAY' }; // 1900-02-29, Excel's phantom day
  const offset = days > 60 ? days - 1 : days;
  return { ok: true, date: new Date(EPOCH_1900 + offset * DAY_MS).toISOString().slice(0, 10) };
}

const YEAR_FIRST = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A cell's value as a date. Numbers (XLSX numeric cells, or digits alone in a CSV) are Excel
 * serials; a Date (an XLSX cell formatted as a date, which exceljs already turned from its
 * serial) is taken by its UTC calendar day.
 */
export function readDate(value: unknown, order: DateOrder = 'DMY', date1904 = false): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'NOT_A_DATE' };
    const date = calendarDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return date ? { ok: true, date } : { ok: false, reason: 'NOT_A_DATE' };
  }
  if (typeof value === 'number') return fromExcelSerial(value, date1904);
  if (typeof value !== 'string') return { ok: false, reason: 'NOT_A_DATE' };
  const text = value.normalize('NFKC').trim();
  // An ISO timestamp (2027-03-01T00:00:00Z) keeps its date part.
  const iso = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  const candidate = iso?.[1] ?? text;
  let parts: [number, number, number] | undefined;
  let match = YEAR_FIRST.exec(candidate) ?? COMPACT.exec(candidate);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = YEAR_LAST.exec(candidate))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    parts = order === 'DMY' ? [Number(match[3]), b, a] : [Number(match[3]), a, b];
  } else if (/^\d{1,7}(\.\d+)?$/.test(candidate)) {
    return fromExcelSerial(Number(candidate), date1904);
  }
  if (!parts) return { ok: false, reason: 'NOT_A_DATE' };
  const date = calendarDate(...parts);
  return date ? { ok: true, date } : { ok: false, reason: 'NO_SUCH_DAY' };
}
