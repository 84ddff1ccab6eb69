/**
 * A staff member's rotations as an iCalendar (RFC 5545) feed that Outlook, Google and Apple
 * Calendar subscribe to. Each rotation is one all-day event whose UID never changes and whose
 * SEQUENCE is the rotation's `sequence`, so a calendar updates the event in place when dates or
 * department move, and strikes it when the rotation is cancelled or declined. Pure.
 */
import type { Activity, Language, LocalizedName, PersonName, RotationStatus } from '../schemas';
import { addDays } from '../domain/dates';
import { colon, personName, placementLink } from '../notifications/render';
import { WORDING } from '../notifications/wording';

export const PRODID = '-//Hospital Authority//Talent Exchange Coordinator//EN';
export const TIMEZONE = 'Asia/Hong_Kong';

export interface CalendarRotation {
  rotationId: string;
  placementId: string;
  startDate: string;
  endDate: string;
  status: RotationStatus;
  sequence: number;
  activity: Activity;
  supervisor?: { name: string };
  updatedAt: string;
  department: LocalizedName;
  host: LocalizedName;
}

export interface CalendarInput {
  staffName: PersonName;
  /** Undefined: English (a calendar title cannot carry three languages gracefully). */
  language?: Language;
  rotations: CalendarRotation[];
  consoleUrl: string;
}

/** TEXT values: backslash, semicolon, comma and newline are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded: CRLF then one space (RFC 5545 §3.1). Breaks fall
 * between characters, never inside a UTF-8 sequence, so Chinese names survive intact.
 */
export function foldLine(line: string): string {
  const limit = 75;
  if (Buffer.byteLength(line, 'utf8') <= limit) return line;
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const ch of line) {
    const bytes = Buffer.byteLength(ch, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const room = pieces.length === 0 ? limit : limit - 1;
    if (currentBytes + bytes > room) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += ch;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');

/** An instant as UTC date-time: 20260302T013000Z. */
function utcDateTime(iso: string): string {
  const time = Date.parse(iso);
  return new Date(Number.isNaN(time) ? 0 : time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const STATUS: Record<RotationStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  SCHEDULED: 'TENTATIVE',
  CONFIRMED: 'CONFIRMED',
  COMPLETED: 'CONFIRMED',
  DECLINED: 'CANCELLED',
  CANCELLED: 'CANCELLED',
};

interface CalendarText {
  title: string;
  cancelled: string;
  supervisor: string;
  statusLabel: string;
  status: Record<RotationStatus, string>;
}

const CALENDAR_TEXT: Record<Language, CalendarText> = {
  en: {
    title: 'Rotations',
    cancelled: 'Cancelled',
    supervisor: 'Supervisor',
    statusLabel: 'Status',
    status: {
      SCHEDULED: 'Awaiting your confirmation',
      CONFIRMED: 'Confirmed',
      DECLINED: 'Declined',
      CANCELLED: 'Cancelled',
      COMPLETED: 'Completed',
    },
  },
  'zh-Hant': {
    title: '輪轉安排',
    cancelled: '已取消',
    supervisor: '督導人員',
    statusLabel: '狀態',
    status: { SCHEDULED: '待確認', CONFIRMED: '已確認', DECLINED: '已婉拒', CANCELLED: '已取消', COMPLETED: '已完成' },
  },
  'zh-Hans': {
    title: '轮转安排',
    cancelled: '已取消',
    supervisor: '带教老师',
    statusLabel: '状态',
    status: { SCHEDULED: '待确认', CONFIRMED: '已确认', DECLINED: '已拒绝', CANCELLED: '已取消', COMPLETED: '已完成' },
  },
};

function event(rotation: CalendarRotation, language: Language, consoleUrl: string): string[] {
  const w = WORDING[language];
  const text = CALENDAR_TEXT[language];
  const status = STATUS[rotation.status];
  const c = colon(language);
  const place =
    language === 'en'
      ? `${rotation.department.en}, ${rotation.host.en}`
      : `${rotation.department[language]}（${rotation.host[language]}）`;
  // Some calendars ignore STATUS:CANCELLED, so the title says it too.
  const summary = status === 'CANCELLED' ? `${text.cancelled}${c}${place}` : place;
  const description = [
    `${w.labels.activity}${c}${w.activities[rotation.activity]}`,
    ...(rotation.supervisor ? [`${text.supervisor}${c}${rotation.supervisor.name}`] : []),
    `${text.statusLabel}${c}${text.status[rotation.status]}`,
    placementLink(consoleUrl, rotation.placementId),
  ].join('\n');
  const stamp = utcDateTime(rotation.updatedAt);
  return [
    'BEGIN:VEVENT',
    `UID:${rotation.rotationId}@talent-exchange`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(rotation.startDate)}`,
    // All-day DTEND is exclusive: the day after the last day.
    `DTEND;VALUE=DATE:${basicDate(addDays(rotation.endDate, 1))}`,
    `SEQUENCE:${rotation.sequence}`,
    `SUMMARY:${escapeText(summary)}`,
    `LOCATION:${escapeText(rotation.host[language])}`,
    `DESCRIPTION:${escapeText(description)}`,
    `STATUS:${status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** Hong Kong has kept UTC+8 without daylight saving since 1979: one STANDARD rule says it all. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIMEZONE}`,
  `X-LIC-LOCATION:${TIMEZONE}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:HKT',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function rotationCalendar(input: CalendarInput): string {
  const language = input.language ?? 'en';
  const name = personName(input.staffName, language);
  const title = `${CALENDAR_TEXT[language].title}${name ? ` – ${name}` : ''}`;
  const rotations = [...input.rotations].sort(
    (a, b) => a.startDate.localeCompare(b.startDate) || a.rotationId.localeCompare(b.rotationId),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(title)}`,
    `X-WR-TIMEZONE:${TIMEZONE}`,
    // Ask subscribers to refresh hourly (Outlook and Apple honour one or the other).
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...VTIMEZONE,
    ...rotations.flatMap((rotation) => event(rotation, language, input.consoleUrl)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
