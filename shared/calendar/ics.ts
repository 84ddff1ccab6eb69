/**
 * A staff member's rotations as an iCalendar (RFC 5545) feed that Outlook, Google and Apple
 * Calendar subscribe to. Each rotation is one all-day event whose UID never changes and whose
 * SEQUENCE grows with every change of the rotation (its version: dates, department, state,
 * activity, supervisor), so a calendar updates the event in place, and strikes it when the
 * rotation is cancelled or declined. Pure.
 *
 * Cancelled and declined rotations stay in the feed for CANCELLED_GRACE_DAYS after the change,
 * with STATUS:CANCELLED and the state in the title ("Cancelled: …", "Declined: …") for clients
 * that ignore STATUS, then leave it (shared/calendar/feed.ts): long enough for every subscribed
 * client to have seen the change, short enough not to clutter the calendar for months.
 */
import type { Activity, Language, LocalizedName, PersonName, RotationStatus } from '../schemas';
import { addDays } from '../domain/dates';
import { colon, personName, rotationLink } from '../notifications/render';
import { WORDING } from '../notifications/wording';
import { CONTROL_CHARACTERS_BUT_LINES, everywhere } from '../control-characters';

const NOT_TEXT = everywhere(CONTROL_CHARACTERS_BUT_LINES);

export const PRODID = '-//Hospital Authority//Talent Exchange Coordinator//EN';
export const TIMEZONE = 'Asia/Hong_Kong';
/** How long a cancelled or declined rotation stays in the feed, marked, after the change. */
export const CANCELLED_GRACE_DAYS = 30;
/** How often subscribers are asked to refresh; the HTTP Cache-Control max-age says the same. */
export const REFRESH_INTERVAL_SECONDS = 3600;

export interface CalendarRotation {
  rotationId: string;
  placementId: string;
  startDate: string;
  endDate: string;
  status: RotationStatus;
  sequence: number;
  /** The rotation's version (1 on creation, + 1 on every change); SEQUENCE is version - 1. */
  version?: number;
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

/**
 * TEXT values: backslash, semicolon, comma and line breaks (CR, LF, U+2028/9) are escaped
 * (RFC 5545 §3.3.11); every other control character (C0 but tab, DEL, C1) is dropped, since
 * RFC 5545 allows none in a content line and some clients stop reading the feed at one.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\u2028|\u2029/g, '\n')
    .replace(NOT_TEXT, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
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
  /** Title prefixes for clients that ignore STATUS. */
  cancelled: string;
  declined: string;
  supervisor: string;
  statusLabel: string;
  status: Record<RotationStatus, string>;
}

const CALENDAR_TEXT: Record<Language, CalendarText> = {
  en: {
    title: 'Rotations',
    cancelled: 'Cancelled',
    declined: 'Declined',
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
    declined: '已婉拒',
    supervisor: '督導人員',
    statusLabel: '狀態',
    status: { SCHEDULED: '待確認', CONFIRMED: '已確認', DECLINED: '已婉拒', CANCELLED: '已取消', COMPLETED: '已完成' },
  },
  'zh-Hans': {
    title: '轮转安排',
    cancelled: '已取消',
    declined: '已婉拒',
    supervisor: '带教老师',
    statusLabel: '状态',
    status: { SCHEDULED: '待确认', CONFIRMED: '已确认', DECLINED: '已婉拒', CANCELLED: '已取消', COMPLETED: '已完成' },
  },
};

/**
 * Every change of a rotation bumps its version, so version - 1 grows with each change a client
 * must see (a cancellation or a decline included) and never falls back; never below the
 * rotation's own `sequence` (bumped by moves), for items written before versions were kept.
 */
export const calendarSequence = (rotation: Pick<CalendarRotation, 'sequence' | 'version'>) =>
  Math.max(rotation.sequence, (rotation.version ?? 1) - 1);

function event(rotation: CalendarRotation, language: Language, consoleUrl: string): string[] {
  const w = WORDING[language];
  const text = CALENDAR_TEXT[language];
  const status = STATUS[rotation.status];
  const c = colon(language);
  const place =
    language === 'en'
      ? `${rotation.department.en}, ${rotation.host.en}`
      : `${rotation.department[language]}（${rotation.host[language]}）`;
  // Some calendars ignore STATUS:CANCELLED, so the title says it too, in words for what happened.
  const prefix =
    rotation.status === 'CANCELLED' ? text.cancelled : rotation.status === 'DECLINED' ? text.declined : undefined;
  const summary = prefix ? `${prefix}${c}${place}` : place;
  const description = [
    `${w.labels.activity}${c}${w.activities[rotation.activity]}`,
    ...(rotation.supervisor ? [`${text.supervisor}${c}${rotation.supervisor.name}`] : []),
    `${text.statusLabel}${c}${text.status[rotation.status]}`,
    rotationLink(consoleUrl, rotation.rotationId),
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
    `SEQUENCE:${calendarSequence(rotation)}`,
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
    `REFRESH-INTERVAL;VALUE=DURATION:PT${REFRESH_INTERVAL_SECONDS / 3600}H`,
    `X-PUBLISHED-TTL:PT${REFRESH_INTERVAL_SECONDS / 3600}H`,
    ...VTIMEZONE,
    ...rotations.flatMap((rotation) => event(rotation, language, input.consoleUrl)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
