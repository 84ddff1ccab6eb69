/**
 * Turns the facts of one message into an email: subject, plain text and HTML, in the reader's
 * language — or, when we do not know it, in all three (in the order given: the likeliest first),
 * so nobody receives a message they cannot read. Every subject fits a phone's inbox list, in
 * whichever language it is written (SUBJECT_LIMITS). Pure.
 */
import { LANGUAGES, type Activity, type Language, type LocalizedName, type PersonName } from '../schemas';
import { formatDate, formatPeriod } from './dates';
import type { ReplyAudience } from './facts';
import {
  changeKindOf,
  SUBJECT_LIMITS,
  WORDING,
  type ChangedField,
  type ContactRole,
  type LocalizedFacts,
  type MessageKind,
  type PlacementEnding,
  type ReasonCode,
  type RecordedBy,
} from './wording';

export type Audience = 'staff' | 'coordinators';

/** Everything a message says, language-neutral (names in all scripts, dates as YYYY-MM-DD). */
export interface MessageFacts {
  kind: MessageKind;
  audience: Audience;
  placementId: string;
  programme: LocalizedName;
  host: LocalizedName;
  staffName: PersonName;
  placementPeriod: { startDate: string; endDate: string };
  rotation?: {
    startDate: string;
    endDate: string;
    department: LocalizedName;
    activity?: Activity;
    supervisor?: Supervisor;
  };
  /** rotationChanged: the rotation before the change (old → new). */
  previous?: {
    startDate: string;
    endDate: string;
    department: LocalizedName;
    activity?: Activity;
    supervisor?: Supervisor;
  };
  /** rotationChanged: what the change touched (without it, told from `previous` and `rotation`). */
  changed?: ChangedField[];
  /** What a person typed: the visitor's reason for declining, or a coordinator's for cancelling. */
  reason?: string;
  /** The system's own reason, shown in the reader's language when no person gave one. */
  reasonCode?: ReasonCode;
  /** A coordinator recorded it on the visitor's behalf. */
  recordedBy?: RecordedBy;
  /** placementEnded: how it ended. */
  ending?: PlacementEnding;
  /** The placement is offered but not accepted yet. */
  awaitingAcceptance?: boolean;
  /** placementOffered: the rotations already planned; placementEnded: those cancelled with it; rotationsScheduled: the plan's. */
  rotations?: { startDate: string; endDate: string; department: LocalizedName }[];
  /** More rotations than listed. */
  moreRotations?: boolean;
  /** Reminders: days from today to the first day. */
  daysUntilStart?: number;
  /** rotationChanged: the change put the rotation back to SCHEDULED. */
  needsConfirmation?: boolean;
  /** Rotation messages: the rotation, whose page the email links to. */
  rotationId?: string;
  /** The day by which the visitor should confirm (a new or changed rotation), YYYY-MM-DD. */
  confirmBy?: string;
  /** Whom a reply reaches (the Reply-To address); the footer says so, or asks for no reply. */
  replyTo?: ReplyAudience;
  /** To coordinators: whose contact list the reader is on (the greeting names it). */
  contact?: ContactRole;
}

export interface Supervisor {
  name: string;
  email?: string;
}

export interface RenderedEmail {
  /** The From display name, in the reader's language. */
  fromName: string;
  subject: string;
  text: string;
  html: string;
  /** The language written, or all three joined by commas (likeliest first) when the reader's is unknown. */
  language: string;
}

/** A reader's language, or the order of the three for a reader whose language is not known. */
export type Reader = Language | readonly Language[];

interface Section {
  language: Language;
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** Rows of details whose value changed: shown as "previously … / now …" in the same table. */
  changes: { label: string; before: string; after: string }[];
  reason?: { label: string; text: string };
  list?: { label: string; rows: { label: string; value: string }[]; more?: string };
  details: { label: string; value: string }[];
  action: { label: string; url: string };
  /** Rotation emails: the placement page too. */
  secondary?: { label: string; url: string };
  footer: string;
}

/** A person's name in the reader's script; Chinese readers get the other Chinese script before English. */
export function personName(names: PersonName, language: Language): string {
  const order: Language[] =
    language === 'en'
      ? ['en', 'zh-Hant', 'zh-Hans']
      : language === 'zh-Hant'
        ? ['zh-Hant', 'zh-Hans', 'en']
        : ['zh-Hans', 'zh-Hant', 'en'];
  for (const candidate of order) if (names[candidate]) return names[candidate]!;
  return '';
}

export const placementLink = (consoleUrl: string, placementId: string) =>
  `${consoleUrl.replace(/\/+$/, '')}/placements/${encodeURIComponent(placementId)}`;
/** The console's page of one rotation (the visitor confirms or declines there). */
export const rotationLink = (consoleUrl: string, rotationId: string) =>
  `${consoleUrl.replace(/\/+$/, '')}/rotations/${encodeURIComponent(rotationId)}`;

/**
 * What a rotation's change touched: as the plan said, else (an email planned before plans said,
 * re-driven now) told from old and new as the message states them.
 */
export function changedFieldsOf(facts: Pick<MessageFacts, 'changed' | 'previous' | 'rotation'>): ChangedField[] {
  if (facts.changed) return facts.changed;
  const { previous, rotation } = facts;
  if (!previous || !rotation) return [];
  const fields: ChangedField[] = [];
  if (previous.startDate !== rotation.startDate || previous.endDate !== rotation.endDate) fields.push('dates');
  if (previous.department.en !== rotation.department.en) fields.push('department');
  if (previous.activity && rotation.activity && previous.activity !== rotation.activity) fields.push('activity');
  if (supervisorText(previous.supervisor) !== supervisorText(rotation.supervisor)) fields.push('supervisor');
  return fields;
}

const supervisorText = (s: Supervisor | undefined) => (s ? `${s.name}\n${s.email ?? ''}` : '');

/** A supervisor in the details: the name, and the address to reach them by when there is one. */
const supervisorValue = (s: Supervisor, language: Language) =>
  s.email ? (language === 'en' ? `${s.name} (${s.email})` : `${s.name}（${s.email}）`) : s.name;

/** The first day as a subject says it: "2 Mar", "3月2日". */
function shortDate(date: string, language: Language): string {
  const [, month, day] = date.split('-').map(Number);
  return WORDING[language].shortDate(month!, day!);
}

const characters = (value: string) => [...value].length;

/** A name cut to `length` characters, the cut marked: "Queen Mary Hosp…". */
function clip(value: string, length: number): string {
  const chars = [...value];
  if (chars.length <= length) return value;
  return `${chars
    .slice(0, Math.max(1, length - 1))
    .join('')
    .trimEnd()}…`;
}

/** The names a subject may be shortened in, longest first when it must be. */
const CLIPPABLE = ['host', 'department', 'staff'] as const;

/**
 * The subject within the language's limit: written as the wording says, and if a long name
 * makes it too long, that name (the longest in it) is cut short — the full name is in the body.
 */
export function fittedSubject(kind: MessageKind, language: Language, f: LocalizedFacts): string {
  const limit = SUBJECT_LIMITS[language];
  const write = WORDING[language].subject[kind];
  let values = f;
  let subject = write(values);
  for (let round = 0; round < CLIPPABLE.length && characters(subject) > limit; round++) {
    const longest = CLIPPABLE.filter((name) => values[name] && subject.includes(values[name])).sort(
      (a, b) => characters(values[b]) - characters(values[a]),
    )[0];
    if (!longest) break;
    const over = characters(subject) - limit;
    values = { ...values, [longest]: clip(values[longest], Math.max(4, characters(values[longest]) - over)) };
    subject = write(values);
  }
  return characters(subject) > limit ? clip(subject, limit) : subject;
}

function section(facts: MessageFacts, language: Language, consoleUrl: string): Section {
  const w = WORDING[language];
  const rotation = facts.rotation;
  const previous = facts.previous;
  const changed = facts.kind === 'rotationChanged' ? changedFieldsOf(facts) : [];
  const localized: LocalizedFacts = {
    programme: facts.programme[language],
    staff: personName(facts.staffName, language),
    host: facts.host[language],
    placementPeriod: formatPeriod(facts.placementPeriod.startDate, facts.placementPeriod.endDate, language),
    department: rotation?.department[language] ?? '',
    start: formatDate(rotation?.startDate ?? facts.placementPeriod.startDate, language),
    end: formatDate(rotation?.endDate ?? facts.placementPeriod.endDate, language),
    startShort: shortDate(rotation?.startDate ?? facts.placementPeriod.startDate, language),
    days: w.days(facts.daysUntilStart ?? 0),
    needsConfirmation: facts.needsConfirmation ?? false,
    deadline: facts.confirmBy ? formatDate(facts.confirmBy, language) : '',
    toVisitor: facts.audience === 'staff',
    contact: facts.contact,
    recordedBy: facts.recordedBy ? w.recorder(facts.recordedBy, facts.host[language]) : '',
    ending: facts.ending ?? 'CANCELLED',
    awaitingAcceptance: facts.awaitingAcceptance ?? false,
    hasRotations: Boolean(facts.rotations?.length),
    change: changeKindOf(changed),
    activity: rotation?.activity ? w.activities[rotation.activity] : '',
    previousActivity: previous?.activity ? w.activities[previous.activity] : '',
    supervisor: rotation?.supervisor?.name ?? '',
    previousSupervisor: previous?.supervisor?.name ?? '',
  };

  const changes: Section['changes'] = [];
  if (previous && rotation) {
    if (changed.includes('dates'))
      changes.push({
        label: w.labels.dates,
        before: formatPeriod(previous.startDate, previous.endDate, language),
        after: formatPeriod(rotation.startDate, rotation.endDate, language),
      });
    if (changed.includes('department'))
      changes.push({
        label: w.labels.department,
        before: previous.department[language],
        after: rotation.department[language],
      });
    if (changed.includes('activity') && rotation.activity)
      changes.push({
        label: w.labels.activity,
        before: previous.activity ? w.activities[previous.activity] : w.none,
        after: w.activities[rotation.activity],
      });
    if (changed.includes('supervisor') && rotation.supervisor)
      changes.push({
        label: w.labels.supervisor,
        before: previous.supervisor ? supervisorValue(previous.supervisor, language) : w.none,
        after: supervisorValue(rotation.supervisor, language),
      });
  }

  const details: Section['details'] = [
    { label: w.labels.programme, value: localized.programme },
    { label: w.labels.visitor, value: localized.staff },
    { label: w.labels.host, value: localized.host },
    { label: w.labels.placementPeriod, value: localized.placementPeriod },
  ];
  if (rotation) {
    details.push({ label: w.labels.department, value: localized.department });
    details.push({ label: w.labels.dates, value: formatPeriod(rotation.startDate, rotation.endDate, language) });
    if (rotation.activity) details.push({ label: w.labels.activity, value: w.activities[rotation.activity] });
    if (rotation.supervisor)
      details.push({ label: w.labels.supervisor, value: supervisorValue(rotation.supervisor, language) });
  }

  const listed = facts.rotations ?? [];
  const list: Section['list'] = listed.length
    ? {
        label: facts.kind === 'placementEnded' ? w.labels.rotationsCancelled : w.labels.rotationsPlanned,
        rows: listed.map((r) => ({
          label: r.department[language],
          value: formatPeriod(r.startDate, r.endDate, language),
        })),
        more: facts.moreRotations ? w.moreRotations : undefined,
      }
    : undefined;
  const reason = facts.reason ?? (facts.reasonCode ? w.reasonCodes[facts.reasonCode] : undefined);

  const placementUrl = placementLink(consoleUrl, facts.placementId);
  const action = facts.rotationId
    ? { label: w.openRotation(localized.department, localized.host), url: rotationLink(consoleUrl, facts.rotationId) }
    : { label: w.openPlacement(localized.host), url: placementUrl };
  const sentence = language === 'en' ? ' ' : '';
  const footer =
    facts.replyTo === 'programmeOffice'
      ? [w.replyReaches(w.programmeOffice(localized.programme)), w.footer].join(sentence)
      : facts.replyTo === 'hostCoordinators'
        ? [w.replyReaches(w.hostCoordinators(localized.host)), w.footer].join(sentence)
        : [w.footer, w.noReply].join(sentence);

  return {
    language,
    subject: fittedSubject(facts.kind, language, localized),
    greeting:
      facts.audience === 'staff'
        ? w.greetingStaff(localized.staff)
        : w.greetingCoordinators(facts.contact, localized.host),
    paragraphs: w.body[facts.kind](localized),
    changes,
    reason: reason ? { label: w.labels.reason, text: reason } : undefined,
    list,
    details,
    action,
    secondary: facts.rotationId ? { label: w.openPlacement(localized.host), url: placementUrl } : undefined,
    footer,
  };
}

/** "Label: value" in English, "標籤：值" (full-width colon) in Chinese. */
export const colon = (language: Language) => (language === 'en' ? ': ' : '：');

/** The details, with each changed row's value as "previously … / now …" (one block, one alignment). */
function detailRows(s: Section): { label: string; value: string; before?: string }[] {
  const changed = new Map(s.changes.map((ch) => [ch.label, ch]));
  return s.details.map((d) => {
    const change = changed.get(d.label);
    return change ? { label: d.label, value: change.after, before: change.before } : d;
  });
}

function sectionText(s: Section): string {
  const c = colon(s.language);
  const x = WORDING[s.language];
  const sep = s.language === 'en' ? '; ' : '；';
  const listText = (heading: string, rows: { label: string; value: string }[], more?: string) =>
    [`${heading}${c.trimEnd()}`, ...rows.map((row) => `- ${row.label}${c}${row.value}`), ...(more ? [more] : [])].join(
      '\n',
    );
  const blocks: string[] = [s.greeting, ...s.paragraphs];
  if (s.reason) blocks.push(`${s.reason.label}${c}${s.reason.text}`);
  if (s.list) blocks.push(listText(s.list.label, s.list.rows, s.list.more));
  blocks.push(
    detailRows(s)
      .map((d) =>
        d.before === undefined
          ? `${d.label}${c}${d.value}`
          : `${d.label}${c}${x.previously} ${d.before}${sep}${x.now} ${d.value}`,
      )
      .join('\n'),
  );
  blocks.push(`${s.action.label}${c}${s.action.url}`);
  if (s.secondary) blocks.push(`${s.secondary.label}${c}${s.secondary.url}`);
  blocks.push(s.footer);
  return blocks.join('\n\n');
}

/** Everything user-supplied (names, reasons) passes through here before it reaches HTML. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

const multiline = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');
const cell = 'padding:6px 12px 6px 0;vertical-align:top;text-align:left';
/**
 * A data table of label and (already escaped) value: real header cells for screen readers, the
 * label column never wrapped (and Chinese never broken inside a word), the values wrapping to
 * any width from 320 px up.
 */
const tableHtml = (rows: { label: string; html: string }[], caption?: string) => [
  '<table style="border-collapse:collapse;width:100%;max-width:640px">',
  ...(caption
    ? [`<caption style="text-align:left;font-weight:bold;padding:8px 0">${escapeHtml(caption)}</caption>`]
    : []),
  ...rows.map(
    (row) =>
      `<tr><th scope="row" class="label" style="${cell};white-space:nowrap;word-break:keep-all;font-weight:bold">${escapeHtml(row.label)}</th>` +
      `<td style="${cell};overflow-wrap:anywhere">${row.html}</td></tr>`,
  ),
  '</table>',
];

function sectionHtml(s: Section): string {
  const c = escapeHtml(colon(s.language));
  const x = WORDING[s.language];
  const parts: string[] = [`<p>${escapeHtml(s.greeting)}</p>`, ...s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`)];
  if (s.reason) parts.push(`<p><strong>${escapeHtml(s.reason.label)}${c}</strong>${multiline(s.reason.text)}</p>`);
  if (s.list) {
    parts.push(
      ...tableHtml(
        s.list.rows.map((row) => ({ label: row.label, html: escapeHtml(row.value) })),
        s.list.label,
      ),
    );
    if (s.list.more) parts.push(`<p>${escapeHtml(s.list.more)}</p>`);
  }
  parts.push(
    ...tableHtml(
      detailRows(s).map((d) => ({
        label: d.label,
        html:
          d.before === undefined
            ? escapeHtml(d.value)
            : `<span>${escapeHtml(x.previously)}${c}<s>${escapeHtml(d.before)}</s></span><br>` +
              `<strong>${escapeHtml(x.now)}${c}${escapeHtml(d.value)}</strong>`,
      })),
    ),
    `<p><a href="${escapeHtml(s.action.url)}">${escapeHtml(s.action.label)}</a></p>`,
    ...(s.secondary ? [`<p><a href="${escapeHtml(s.secondary.url)}">${escapeHtml(s.secondary.label)}</a></p>`] : []),
    `<p style="color:#555;font-size:13px">${escapeHtml(s.footer)}</p>`,
  );
  return `<div lang="${s.language}">\n${parts.join('\n')}\n</div>`;
}

/**
 * Render one message for one reader: in their language, or — `reader` an order of languages, or
 * undefined — in all three, in that order (English first when not given). A message in three
 * languages has the subject of the first only: three would not fit an inbox line.
 */
export function renderEmail(facts: MessageFacts, reader: Reader | undefined, consoleUrl: string): RenderedEmail {
  const languages: readonly Language[] =
    reader === undefined ? LANGUAGES : typeof reader === 'string' ? [reader] : reader;
  const sections = languages.map((l) => section(facts, l, consoleUrl));
  const subject = sections[0]!.subject;
  const text = `${sections.map(sectionText).join(`\n\n${'-'.repeat(40)}\n\n`)}\n`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${languages[0]}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    "<body style=\"font-family:Arial,'Noto Sans TC','Noto Sans SC',sans-serif;color:#1a1a1a;line-height:1.5\">",
    sections.map(sectionHtml).join('\n<hr style="border:0;border-top:1px solid #ccc;margin:24px 0">\n'),
    '</body>',
    '</html>',
  ].join('\n');
  return { fromName: WORDING[languages[0]!].sender, subject, text, html, language: languages.join(',') };
}
