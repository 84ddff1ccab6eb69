/**
 * What each email says, in English, Traditional Chinese as written in Hong Kong and Simplified
 * Chinese as written in Guangdong: the one place for wording. Every phrase takes
 * already-localized values (names in the reader's script, dates in the reader's format), so the
 * wording stays free of lookups and the three languages can be read side by side.
 *
 * Besides the message itself: who it is from, whom a reply reaches, what exactly changed in
 * words a screen reader keeps ("previously", "now"), the next step with its deadline, and link
 * texts that name their target. Subjects are short enough for a phone's inbox list (see
 * SUBJECT_LIMITS and render.ts, which shortens a name that would make one too long).
 */
import type { Activity, AuditRecord, Language } from '../schemas';

export const MESSAGE_KINDS = [
  'placementOffered',
  'placementEnded',
  'rotationScheduled',
  'rotationsScheduled',
  'rotationChanged',
  'rotationCancelled',
  'rotationConfirmed',
  'rotationDeclined',
  'reminderConfirm',
  'reminderStart',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** How a placement ended before it was done. */
export type PlacementEnding = 'DECLINED' | 'WITHDRAWN' | 'CANCELLED';
/** Why the system changed something on its own (the audit record's reasonCode). */
export type ReasonCode = NonNullable<AuditRecord['reasonCode']>;
/** Who recorded something on the visitor's behalf: the programme office or the host hospital's coordinators. */
export type RecordedBy = 'programme' | 'host';
/** Whose contact list a coordinator's address is on: it decides how they are greeted. */
export type ContactRole = 'programmeOffice' | 'hostCoordinators';

/** The fields of a rotation a change can touch. */
export const CHANGED_FIELDS = ['dates', 'department', 'activity', 'supervisor'] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];

/**
 * What a change of a rotation is, for its wording: a move (dates, department or both, whatever
 * else changed with it) or, the rotation staying where and when it was, new details (activity,
 * supervisor or both).
 */
export type ChangeKind = 'dates' | 'department' | 'both' | 'activity' | 'supervisor' | 'details';

export function changeKindOf(changed: readonly ChangedField[]): ChangeKind | undefined {
  const has = (field: ChangedField) => changed.includes(field);
  if (has('dates') && has('department')) return 'both';
  if (has('dates')) return 'dates';
  if (has('department')) return 'department';
  if (has('activity') && has('supervisor')) return 'details';
  if (has('activity')) return 'activity';
  if (has('supervisor')) return 'supervisor';
  return undefined;
}

/** A move puts the rotation elsewhere or at other times: the visitor confirms it again. */
export const isMove = (kind: ChangeKind | undefined) => kind === 'dates' || kind === 'department' || kind === 'both';

/**
 * The longest subject, in characters, per language: what a phone's inbox list shows on one line
 * (about 60 Latin letters, or 30 Chinese characters, which are twice as wide).
 */
export const SUBJECT_LIMITS: Record<Language, number> = { en: 60, 'zh-Hant': 30, 'zh-Hans': 30 };

/** The facts of one message, already in the reader's language. */
export interface LocalizedFacts {
  programme: string;
  staff: string;
  host: string;
  placementPeriod: string;
  /** Rotation messages only (empty otherwise). */
  department: string;
  /** The rotation's first and last day, or the placement's. */
  start: string;
  end: string;
  /** The first day, short, for subjects: "2 Mar" / "3月2日". */
  startShort: string;
  /** "7 days" / "7日" / "7天". */
  days: string;
  /** The rotation awaits the visitor's confirmation (new, moved, or not confirmed yet). */
  needsConfirmation: boolean;
  /** The day to confirm by (empty when none applies). */
  deadline: string;
  /** The reader is the visitor (otherwise the coordinators). */
  toVisitor: boolean;
  /** To coordinators: whose contact list the reader is on (empty: not known). */
  contact?: ContactRole;
  /** Who recorded it on the visitor's behalf; empty when the visitor acted. */
  recordedBy: string;
  /** placementEnded: how. */
  ending: PlacementEnding;
  /** The placement is offered but not accepted yet: rotations can be confirmed only after. */
  awaitingAcceptance: boolean;
  /** Rotations are listed below the text (planned ones in an offer or a plan, cancelled ones when a placement ends). */
  hasRotations: boolean;
  /** rotationChanged: what the change was. */
  change?: ChangeKind;
  /** The rotation's activity and supervisor now, and before a change (empty when none). */
  activity: string;
  previousActivity: string;
  supervisor: string;
  previousSupervisor: string;
}

export interface Wording {
  /** The From display name. */
  sender: string;
  greetingStaff(name: string): string;
  /** Coordinators, greeted by the list they are on. */
  greetingCoordinators(contact: ContactRole | undefined, host: string): string;
  labels: {
    programme: string;
    visitor: string;
    host: string;
    placementPeriod: string;
    department: string;
    dates: string;
    activity: string;
    supervisor: string;
    reason: string;
    changes: string;
    rotationsPlanned: string;
    rotationsCancelled: string;
  };
  /** Under a list of rotations cut short. */
  moreRotations: string;
  /** A detail that had no value before a change ("Previously: none"). */
  none: string;
  previously: string;
  now: string;
  activities: Record<Activity, string>;
  /** The system's own reasons, where a person's typed reason would go. */
  reasonCodes: Record<ReasonCode, string>;
  recorder(by: RecordedBy, host: string): string;
  subject: Record<MessageKind, (f: LocalizedFacts) => string>;
  body: Record<MessageKind, (f: LocalizedFacts) => string[]>;
  days(n: number): string;
  /** A day in a subject: "2 Mar", "3月2日". */
  shortDate(month: number, day: number): string;
  /** Link text naming what it opens. */
  openRotation(department: string, host: string): string;
  openPlacement(host: string): string;
  /** Whom a reply reaches. */
  replyReaches(office: string): string;
  programmeOffice(programme: string): string;
  hostCoordinators(host: string): string;
  /** Who sent the email. */
  footer: string;
  /** Said only when no Reply-To reaches a person. */
  noReply: string;
}

/**
 * A name written in Latin letters is set off from the Chinese after it by a space
 * ("Dr Chan 您好："); a Chinese name is not ("陳曉雨您好：").
 */
export const beforeHan = (name: string) => (/\p{Script=Han}$/u.test(name) ? name : `${name} `);

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_ENDED: Record<PlacementEnding, string> = {
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  CANCELLED: 'cancelled',
};
const enOnBehalf = (f: LocalizedFacts) =>
  f.recordedBy ? [`This was recorded on ${f.staff}'s behalf by ${f.recordedBy}.`] : [];
const enContact = 'If anything here is not right, please contact the programme office.';
const enPlease = (f: LocalizedFacts) =>
  f.awaitingAcceptance ? 'Once you have accepted the placement, please' : 'Please';
const enConfirmAsk = (f: LocalizedFacts) => `${enPlease(f)} confirm it in the console, or decline it and tell us why.`;
/** A deadline is given only once confirming is possible (the placement accepted). */
const withDeadline = (f: LocalizedFacts) => Boolean(f.deadline) && !f.awaitingAcceptance;

function enChanged(f: LocalizedFacts): string {
  const stays = 'Its dates and department are unchanged.';
  switch (f.change) {
    case 'dates':
      return `The dates of your rotation in ${f.department} at ${f.host} have changed: it now runs from ${f.start} to ${f.end}.`;
    case 'department':
      return `Your rotation at ${f.host} from ${f.start} to ${f.end} has moved to ${f.department}.`;
    case 'both':
      return `Your rotation at ${f.host} has moved to ${f.department}, with new dates: from ${f.start} to ${f.end}.`;
    case 'activity':
      return `The activity of your rotation in ${f.department} at ${f.host} is now ${f.activity}; previously it was ${f.previousActivity}. ${stays}`;
    case 'supervisor':
      return f.previousSupervisor
        ? `Your rotation in ${f.department} at ${f.host} has a new supervisor: ${f.supervisor}; previously it was ${f.previousSupervisor}. ${stays}`
        : `Your rotation in ${f.department} at ${f.host} now has a supervisor: ${f.supervisor}. ${stays}`;
    case 'details':
      return `The activity and supervisor of your rotation in ${f.department} at ${f.host} have changed: it is now ${f.activity}, supervised by ${f.supervisor}. ${stays}`;
    default:
      return `Your rotation at ${f.host} has changed. It is now in ${f.department}, from ${f.start} to ${f.end}.`;
  }
}

/** After a change: what the visitor does next. */
function enAfterChange(f: LocalizedFacts): string[] {
  if (!f.needsConfirmation) return ['Your confirmation still stands: there is nothing you need to do.'];
  if (!isMove(f.change))
    return [
      withDeadline(f) ? `Next step: please confirm or decline it in the console by ${f.deadline}.` : enConfirmAsk(f),
    ];
  return [
    withDeadline(f)
      ? `Next step: please confirm the new arrangement in the console by ${f.deadline}.`
      : `${enPlease(f)} confirm the new arrangement in the console.`,
  ];
}

const EN_CHANGED_SUBJECT: Record<ChangeKind, (f: LocalizedFacts) => string> = {
  dates: (f) => `New dates for your ${f.department} rotation`,
  department: (f) => `Rotation moved to ${f.department}`,
  both: (f) => `Rotation moved to ${f.department}, new dates`,
  activity: (f) => `New activity for your ${f.department} rotation`,
  supervisor: (f) => `New supervisor for your ${f.department} rotation`,
  details: (f) => `New details for your ${f.department} rotation`,
};

const en: Wording = {
  sender: 'HA Talent Exchange',
  greetingStaff: (name) => `Dear ${name},`,
  greetingCoordinators: (contact, host) =>
    contact === 'programmeOffice'
      ? 'Dear programme office colleagues,'
      : contact === 'hostCoordinators'
        ? `Dear exchange coordinators at ${host},`
        : 'Dear colleagues,',
  labels: {
    programme: 'Programme',
    visitor: 'Visitor',
    host: 'Host hospital',
    placementPeriod: 'Placement period',
    department: 'Department',
    dates: 'Dates',
    activity: 'Activity',
    supervisor: 'Supervisor',
    reason: 'Reason',
    changes: 'What changed',
    rotationsPlanned: 'Rotations planned',
    rotationsCancelled: 'Rotations cancelled',
  },
  moreRotations: 'More in the console.',
  none: 'none',
  previously: 'Previously',
  now: 'Now',
  activities: { CLINICAL: 'Clinical work', OBSERVATION: 'Observation', TRAINING: 'Training' },
  reasonCodes: {
    PLACEMENT_DECLINED: 'The placement was declined',
    PLACEMENT_WITHDRAWN: 'The placement was withdrawn',
    PLACEMENT_CANCELLED: 'The placement was cancelled',
  },
  recorder: (by, host) => (by === 'programme' ? 'the programme office' : `the coordinators at ${host}`),
  subject: {
    placementOffered: (f) => `Placement offered: ${f.host}`,
    placementEnded: (f) =>
      f.toVisitor
        ? `Placement ${EN_ENDED[f.ending]}${f.recordedBy ? ' for you' : ''}: ${f.host}`
        : `Placement ${EN_ENDED[f.ending]}: ${f.staff}`,
    rotationScheduled: (f) => `New rotation: ${f.department}, from ${f.startShort}`,
    rotationsScheduled: (f) => `New rotations at ${f.host}`,
    rotationChanged: (f) => (f.change ? EN_CHANGED_SUBJECT[f.change](f) : `Rotation changed: ${f.department}`),
    rotationCancelled: (f) => `Rotation cancelled: ${f.department}, from ${f.startShort}`,
    rotationConfirmed: (f) =>
      f.toVisitor ? `Rotation confirmed for you: ${f.department}` : `${f.staff} confirmed: ${f.department}`,
    rotationDeclined: (f) =>
      f.toVisitor ? `Rotation declined for you: ${f.department}` : `${f.staff} declined: ${f.department}`,
    reminderConfirm: (f) => `Please confirm: ${f.department}, from ${f.startShort}`,
    reminderStart: (f) => `Your ${f.department} rotation starts in ${f.days}`,
  },
  body: {
    placementOffered: (f) => [
      `You have been offered a placement at ${f.host} under the programme "${f.programme}", from ${f.start} to ${f.end}.`,
      'Please review it in the console and accept or decline it.',
      ...(f.hasRotations
        ? [
            'The rotations already planned are listed below; once you have accepted the placement, please confirm each of them.',
          ]
        : []),
    ],
    placementEnded: (f) => {
      const placement = `placement at ${f.host} under the programme "${f.programme}", from ${f.start} to ${f.end}`;
      if (f.toVisitor) {
        return [
          `Your ${placement}, has been ${EN_ENDED[f.ending]}${f.recordedBy ? ` on your behalf by ${f.recordedBy}` : ''}.`,
          ...(f.hasRotations ? ['The rotations listed below have been cancelled with it.'] : []),
          enContact,
        ];
      }
      const what = {
        DECLINED: `${f.staff} has declined the ${placement}.`,
        WITHDRAWN: `${f.staff} has withdrawn from the ${placement}.`,
        CANCELLED: `${f.staff}'s ${placement}, has been cancelled.`,
      };
      return [
        what[f.ending],
        ...enOnBehalf(f),
        ...(f.hasRotations ? ['The rotations listed below have been cancelled and their places released.'] : []),
      ];
    },
    rotationScheduled: (f) => [
      `A rotation has been scheduled for you in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`,
      withDeadline(f) ? `Next step: please confirm or decline it in the console by ${f.deadline}.` : enConfirmAsk(f),
    ],
    rotationsScheduled: (f) => [
      `The rotations listed below have been scheduled for you at ${f.host}.`,
      withDeadline(f)
        ? `Next step: please confirm or decline each of them in the console, the first by ${f.deadline}.`
        : `${enPlease(f)} confirm each of them in the console, or decline one and tell us why.`,
    ],
    rotationChanged: (f) => [enChanged(f), ...enAfterChange(f)],
    rotationCancelled: (f) => [
      `Your rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}, has been cancelled.`,
    ],
    rotationConfirmed: (f) =>
      f.toVisitor
        ? [
            `Your rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}, was confirmed on your behalf by ${f.recordedBy}.`,
            enContact,
          ]
        : [
            `${f.staff} has confirmed the rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`,
            ...enOnBehalf(f),
          ],
    rotationDeclined: (f) =>
      f.toVisitor
        ? [
            `Your rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}, was declined on your behalf by ${f.recordedBy}.`,
            enContact,
          ]
        : [
            `${f.staff} has declined the rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`,
            ...enOnBehalf(f),
            'Please make another arrangement.',
          ],
    reminderConfirm: (f) => [
      `Your rotation in ${f.department} at ${f.host} starts in ${f.days}, on ${f.start}, and is not confirmed yet.`,
      enConfirmAsk(f),
    ],
    reminderStart: (f) => [
      `A reminder: your rotation in ${f.department} at ${f.host} starts in ${f.days}, on ${f.start}, and runs until ${f.end}.`,
    ],
  },
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  shortDate: (month, day) => `${day} ${EN_MONTHS[month - 1]}`,
  openRotation: (department, host) => `Open this rotation (${department}, ${host}) in the console`,
  openPlacement: (host) => `Open the placement at ${host} in the console`,
  replyReaches: (office) => `Questions? Reply to this email to reach ${office}.`,
  programmeOffice: (programme) => `the ${programme} programme office`,
  hostCoordinators: (host) => `the exchange coordinators at ${host}`,
  footer: 'This email was sent by the Hospital Authority Talent Exchange Coordinator.',
  noReply: 'Please do not reply to it.',
};

/** 婉拒 / 撤回 / 取消: the same characters in both scripts. */
const ZH_ENDED: Record<PlacementEnding, string> = { DECLINED: '婉拒', WITHDRAWN: '撤回', CANCELLED: '取消' };

/** What differs between the scripts in the placementEnded message; its sentences are built alike. */
interface ZhEndedWords {
  /** 閣下 / 您 */
  you: string;
  /** 參加 / 参加 */
  joined: string;
  /** 代為 / 代为 */
  forYou: string;
  placement(f: LocalizedFacts): string;
  period(f: LocalizedFacts): string;
  /** To the visitor / to the coordinators: the rotations listed went with it. */
  rotationsToo: string;
  rotationsReleased: string;
  contact: string;
  onBehalf(f: LocalizedFacts): string[];
}

function zhPlacementEnded(z: ZhEndedWords): {
  subject: (f: LocalizedFacts) => string;
  body: (f: LocalizedFacts) => string[];
} {
  const ended = (f: LocalizedFacts) => ZH_ENDED[f.ending];
  return {
    subject: (f) => {
      if (f.toVisitor) return `交流安排已${f.recordedBy ? z.forYou : ''}${ended(f)}：${f.host}`;
      return f.ending === 'CANCELLED' ? `交流安排已取消：${f.staff}` : `${beforeHan(f.staff)}已${ended(f)}交流安排`;
    },
    body: (f) => {
      const what = `${z.placement(f)}，${z.period(f)}`;
      if (f.toVisitor) {
        const told = f.recordedBy
          ? `${f.recordedBy}已代${z.you}${ended(f)}${what}`
          : `${z.you}${z.joined}${z.placement(f)}已${ended(f)}，${z.period(f)}`;
        return [told, ...(f.hasRotations ? [z.rotationsToo] : []), z.contact];
      }
      const told =
        f.ending === 'CANCELLED'
          ? `${beforeHan(f.staff)}${z.joined}${z.placement(f)}已取消，${z.period(f)}`
          : `${beforeHan(f.staff)}已${ended(f)}${what}`;
      return [told, ...z.onBehalf(f), ...(f.hasRotations ? [z.rotationsReleased] : [])];
    },
  };
}

/** Month and day as both scripts write them: 3月2日. */
const zhShortDate = (month: number, day: number) => `${month}月${day}日`;

const hantOnBehalf = (f: LocalizedFacts) => (f.recordedBy ? [`以上由${f.recordedBy}代交流人員記錄。`] : []);
const hantContact = '如有疑問，請聯絡計劃辦公室。';
const hantAfterAcceptance = (f: LocalizedFacts) => (f.awaitingAcceptance ? '接受交流安排後，' : '');
const hantConfirmAsk = (f: LocalizedFacts) =>
  `${hantAfterAcceptance(f)}請登入系統確認此安排；如未能出席，請婉拒並說明原因。`;
const hantConfirmBy = (deadline: string) => `下一步：請於${deadline}或之前登入系統確認或婉拒。`;
const hantEnded = zhPlacementEnded({
  you: '閣下',
  joined: '參加',
  forYou: '代為',
  placement: (f) => `「${f.programme}」於${f.host}的交流安排`,
  period: (f) => `交流期間原定由${f.start}至${f.end}。`,
  rotationsToo: '下列輪轉安排亦已一併取消。',
  rotationsReleased: '下列輪轉安排已一併取消，有關名額已釋出。',
  contact: hantContact,
  onBehalf: hantOnBehalf,
});

function hantChanged(f: LocalizedFacts): string {
  const stays = '日期及部門不變。';
  switch (f.change) {
    case 'dates':
      return `閣下於${f.host}${f.department}的輪轉日期已更改，現為${f.start}至${f.end}。`;
    case 'department':
      return `閣下於${f.host}由${f.start}至${f.end}的輪轉已改往${f.department}。`;
    case 'both':
      return `閣下於${f.host}的輪轉已改往${f.department}，日期亦已更改，現為${f.start}至${f.end}。`;
    case 'activity':
      return `閣下於${f.host}${f.department}的輪轉類別已更改：現為「${f.activity}」，原為「${f.previousActivity}」；${stays}`;
    case 'supervisor':
      return f.previousSupervisor
        ? `閣下於${f.host}${f.department}的輪轉督導人員已更改：現為${f.supervisor}，原為${f.previousSupervisor}；${stays}`
        : `閣下於${f.host}${f.department}的輪轉現由${f.supervisor}督導；${stays}`;
    case 'details':
      return `閣下於${f.host}${f.department}的輪轉類別及督導人員已更改：現為「${f.activity}」，由${f.supervisor}督導；${stays}`;
    default:
      return `閣下於${f.host}的輪轉安排已有更改：現改為${f.department}，由${f.start}至${f.end}。`;
  }
}

function hantAfterChange(f: LocalizedFacts): string[] {
  if (!f.needsConfirmation) return ['閣下早前的確認仍然有效，無須再作任何行動。'];
  if (!isMove(f.change)) return [withDeadline(f) ? hantConfirmBy(f.deadline) : hantConfirmAsk(f)];
  return [
    withDeadline(f)
      ? `下一步：請於${f.deadline}或之前登入系統，重新確認更改後的安排。`
      : `${hantAfterAcceptance(f)}請登入系統重新確認更改後的安排。`,
  ];
}

const HANT_CHANGED_SUBJECT: Record<ChangeKind, (f: LocalizedFacts) => string> = {
  dates: (f) => `輪轉日期已更改：${f.department}`,
  department: (f) => `輪轉已改往${f.department}`,
  both: (f) => `輪轉已改往${f.department}，日期亦有更改`,
  activity: (f) => `輪轉類別已更改：${f.department}`,
  supervisor: (f) => `輪轉督導人員已更改：${f.department}`,
  details: (f) => `輪轉類別及督導人員已更改：${f.department}`,
};

const zhHant: Wording = {
  sender: '醫管局人才交流',
  greetingStaff: (name) => `${beforeHan(name)}您好：`,
  greetingCoordinators: (contact, host) =>
    contact === 'programmeOffice'
      ? '計劃辦公室各位同事：'
      : contact === 'hostCoordinators'
        ? `${host}各位交流統籌同事：`
        : '各位同事：',
  labels: {
    programme: '計劃',
    visitor: '交流人員',
    host: '接待醫院',
    placementPeriod: '交流期間',
    department: '部門',
    dates: '日期',
    activity: '類別',
    supervisor: '督導人員',
    reason: '原因',
    changes: '更改內容',
    rotationsPlanned: '已安排的輪轉',
    rotationsCancelled: '已取消的輪轉',
  },
  moreRotations: '其餘請在系統中查看。',
  none: '無',
  previously: '原為',
  now: '現為',
  activities: { CLINICAL: '臨床工作', OBSERVATION: '觀摩', TRAINING: '培訓' },
  reasonCodes: {
    PLACEMENT_DECLINED: '已婉拒交流安排',
    PLACEMENT_WITHDRAWN: '交流安排已撤回',
    PLACEMENT_CANCELLED: '交流安排已取消',
  },
  recorder: (by, host) => (by === 'programme' ? '計劃辦公室' : `${host}統籌人員`),
  subject: {
    placementOffered: (f) => `交流安排邀請：${f.host}`,
    placementEnded: hantEnded.subject,
    rotationScheduled: (f) => `新輪轉安排：${f.department}，${f.startShort}起`,
    rotationsScheduled: (f) => `新輪轉安排：${f.host}`,
    rotationChanged: (f) => (f.change ? HANT_CHANGED_SUBJECT[f.change](f) : `輪轉安排已更改：${f.department}`),
    rotationCancelled: (f) => `輪轉安排已取消：${f.department}，${f.startShort}起`,
    rotationConfirmed: (f) =>
      f.toVisitor ? `輪轉安排已代為確認：${f.department}` : `${beforeHan(f.staff)}已確認輪轉：${f.department}`,
    rotationDeclined: (f) =>
      f.toVisitor ? `輪轉安排已代為婉拒：${f.department}` : `${beforeHan(f.staff)}婉拒了輪轉：${f.department}`,
    reminderConfirm: (f) => `請確認輪轉安排：${f.department}，${f.startShort}起`,
    reminderStart: (f) => `提示：${f.department}輪轉將於${f.days}後開始`,
  },
  body: {
    placementOffered: (f) => [
      `閣下獲邀參加「${f.programme}」，於${f.host}進行交流，交流期間由${f.start}至${f.end}。`,
      '請登入系統查閱詳情，並接受或婉拒此安排。',
      ...(f.hasRotations ? ['已安排的輪轉列於下方；接受交流安排後，請逐一確認。'] : []),
    ],
    placementEnded: hantEnded.body,
    rotationScheduled: (f) => [
      `已為閣下安排於${f.host}${f.department}輪轉，由${f.start}至${f.end}。`,
      withDeadline(f) ? hantConfirmBy(f.deadline) : hantConfirmAsk(f),
    ],
    rotationsScheduled: (f) => [
      `已為閣下安排於${f.host}進行下列輪轉。`,
      withDeadline(f)
        ? `下一步：請登入系統逐一確認或婉拒，第一項輪轉請於${f.deadline}或之前回覆。`
        : `${hantAfterAcceptance(f)}請登入系統逐一確認；如未能出席其中一項，請婉拒並說明原因。`,
    ],
    rotationChanged: (f) => [hantChanged(f), ...hantAfterChange(f)],
    rotationCancelled: (f) => [`閣下於${f.host}${f.department}由${f.start}至${f.end}的輪轉安排已取消。`],
    rotationConfirmed: (f) =>
      f.toVisitor
        ? [`${f.recordedBy}已代閣下確認於${f.host}${f.department}由${f.start}至${f.end}的輪轉安排。`, hantContact]
        : [
            `${beforeHan(f.staff)}已確認於${f.host}${f.department}由${f.start}至${f.end}的輪轉安排。`,
            ...hantOnBehalf(f),
          ],
    rotationDeclined: (f) =>
      f.toVisitor
        ? [`${f.recordedBy}已代閣下婉拒於${f.host}${f.department}由${f.start}至${f.end}的輪轉安排。`, hantContact]
        : [
            `${beforeHan(f.staff)}婉拒了於${f.host}${f.department}由${f.start}至${f.end}的輪轉安排。`,
            ...hantOnBehalf(f),
            '請另作安排。',
          ],
    reminderConfirm: (f) => [
      `閣下於${f.host}${f.department}的輪轉將於${f.days}後，即${f.start}開始，但尚未確認。`,
      hantConfirmAsk(f),
    ],
    reminderStart: (f) => [
      `提示：閣下於${f.host}${f.department}的輪轉將於${f.days}後，即${f.start}開始，至${f.end}結束。`,
    ],
  },
  days: (n) => `${n}日`,
  shortDate: zhShortDate,
  openRotation: (department, host) => `在系統中查看此輪轉（${host}${department}）`,
  openPlacement: (host) => `在系統中查看於${host}的交流安排`,
  replyReaches: (office) => `如有查詢，請直接回覆此電郵，與${office}聯絡。`,
  // The programme's own name already ends in 計劃: quoted, it is followed by 辦公室 alone.
  programmeOffice: (programme) => `「${programme}」辦公室`,
  hostCoordinators: (host) => `${host}的交流統籌人員`,
  footer: '此電郵由醫院管理局人才交流統籌系統自動發出。',
  noReply: '請勿直接回覆。',
};

const hansOnBehalf = (f: LocalizedFacts) => (f.recordedBy ? [`以上由${f.recordedBy}代交流人员登记。`] : []);
const hansContact = '如有疑问，请联系项目办公室。';
const hansAfterAcceptance = (f: LocalizedFacts) => (f.awaitingAcceptance ? '接受交流安排后，' : '');
const hansConfirmAsk = (f: LocalizedFacts) =>
  `${hansAfterAcceptance(f)}请登录系统确认此安排；如无法参加，请婉拒并说明原因。`;
const hansConfirmBy = (deadline: string) => `下一步：请于${deadline}前（含当日）登录系统确认或婉拒。`;
const hansEnded = zhPlacementEnded({
  you: '您',
  joined: '参加',
  forYou: '代为',
  placement: (f) => `“${f.programme}”在${f.host}的交流安排`,
  period: (f) => `交流期间原定自${f.start}至${f.end}。`,
  rotationsToo: '下列轮转安排也已一并取消。',
  rotationsReleased: '下列轮转安排已一并取消，相关名额已释放。',
  contact: hansContact,
  onBehalf: hansOnBehalf,
});

function hansChanged(f: LocalizedFacts): string {
  const stays = '日期和科室不变。';
  switch (f.change) {
    case 'dates':
      return `您在${f.host}${f.department}的轮转日期已变更，现为${f.start}至${f.end}。`;
    case 'department':
      return `您在${f.host}自${f.start}至${f.end}的轮转已调至${f.department}。`;
    case 'both':
      return `您在${f.host}的轮转已调至${f.department}，日期也已变更，现为${f.start}至${f.end}。`;
    case 'activity':
      return `您在${f.host}${f.department}的轮转类别已变更：现为“${f.activity}”，原为“${f.previousActivity}”；${stays}`;
    case 'supervisor':
      return f.previousSupervisor
        ? `您在${f.host}${f.department}的轮转带教老师已变更：现为${f.supervisor}，原为${f.previousSupervisor}；${stays}`
        : `您在${f.host}${f.department}的轮转现由${f.supervisor}带教；${stays}`;
    case 'details':
      return `您在${f.host}${f.department}的轮转类别和带教老师已变更：现为“${f.activity}”，由${f.supervisor}带教；${stays}`;
    default:
      return `您在${f.host}的轮转安排已变更：现调整为${f.department}，自${f.start}至${f.end}。`;
  }
}

function hansAfterChange(f: LocalizedFacts): string[] {
  if (!f.needsConfirmation) return ['您之前的确认仍然有效，无需再做任何操作。'];
  if (!isMove(f.change)) return [withDeadline(f) ? hansConfirmBy(f.deadline) : hansConfirmAsk(f)];
  return [
    withDeadline(f)
      ? `下一步：请于${f.deadline}前（含当日）登录系统，重新确认变更后的安排。`
      : `${hansAfterAcceptance(f)}请登录系统重新确认变更后的安排。`,
  ];
}

const HANS_CHANGED_SUBJECT: Record<ChangeKind, (f: LocalizedFacts) => string> = {
  dates: (f) => `轮转日期已变更：${f.department}`,
  department: (f) => `轮转已调至${f.department}`,
  both: (f) => `轮转已调至${f.department}，日期也有变更`,
  activity: (f) => `轮转类别已变更：${f.department}`,
  supervisor: (f) => `轮转带教老师已变更：${f.department}`,
  details: (f) => `轮转类别和带教老师已变更：${f.department}`,
};

const zhHans: Wording = {
  sender: '医管局人才交流',
  greetingStaff: (name) => `${beforeHan(name)}您好：`,
  greetingCoordinators: (contact, host) =>
    contact === 'programmeOffice'
      ? '项目办公室各位同事：'
      : contact === 'hostCoordinators'
        ? `${host}各位交流协调同事：`
        : '各位同事：',
  labels: {
    programme: '项目',
    visitor: '交流人员',
    host: '接待医院',
    placementPeriod: '交流期间',
    department: '科室',
    dates: '日期',
    activity: '类别',
    supervisor: '带教老师',
    reason: '原因',
    changes: '变更内容',
    rotationsPlanned: '已安排的轮转',
    rotationsCancelled: '已取消的轮转',
  },
  moreRotations: '其余请在系统中查看。',
  none: '无',
  previously: '原为',
  now: '现为',
  activities: { CLINICAL: '临床工作', OBSERVATION: '观摩', TRAINING: '培训' },
  reasonCodes: {
    PLACEMENT_DECLINED: '已婉拒交流安排',
    PLACEMENT_WITHDRAWN: '交流安排已撤回',
    PLACEMENT_CANCELLED: '交流安排已取消',
  },
  recorder: (by, host) => (by === 'programme' ? '项目办公室' : `${host}协调人员`),
  subject: {
    placementOffered: (f) => `交流安排邀请：${f.host}`,
    placementEnded: hansEnded.subject,
    rotationScheduled: (f) => `新轮转安排：${f.department}，${f.startShort}起`,
    rotationsScheduled: (f) => `新轮转安排：${f.host}`,
    rotationChanged: (f) => (f.change ? HANS_CHANGED_SUBJECT[f.change](f) : `轮转安排已变更：${f.department}`),
    rotationCancelled: (f) => `轮转安排已取消：${f.department}，${f.startShort}起`,
    rotationConfirmed: (f) =>
      f.toVisitor ? `轮转安排已代为确认：${f.department}` : `${beforeHan(f.staff)}已确认轮转：${f.department}`,
    rotationDeclined: (f) =>
      f.toVisitor ? `轮转安排已代为婉拒：${f.department}` : `${beforeHan(f.staff)}已婉拒轮转：${f.department}`,
    reminderConfirm: (f) => `请确认轮转安排：${f.department}，${f.startShort}起`,
    reminderStart: (f) => `提醒：${f.department}轮转将于${f.days}后开始`,
  },
  body: {
    placementOffered: (f) => [
      `您获邀参加“${f.programme}”，到${f.host}进行交流，交流期间自${f.start}至${f.end}。`,
      '请登录系统查看详情，并接受或婉拒此安排。',
      ...(f.hasRotations ? ['已安排的轮转列于下方；接受交流安排后，请逐一确认。'] : []),
    ],
    placementEnded: hansEnded.body,
    rotationScheduled: (f) => [
      `已为您安排在${f.host}${f.department}轮转，自${f.start}至${f.end}。`,
      withDeadline(f) ? hansConfirmBy(f.deadline) : hansConfirmAsk(f),
    ],
    rotationsScheduled: (f) => [
      `已为您安排在${f.host}进行下列轮转。`,
      withDeadline(f)
        ? `下一步：请登录系统逐一确认或婉拒，第一项轮转请于${f.deadline}前（含当日）回复。`
        : `${hansAfterAcceptance(f)}请登录系统逐一确认；如无法参加其中一项，请婉拒并说明原因。`,
    ],
    rotationChanged: (f) => [hansChanged(f), ...hansAfterChange(f)],
    rotationCancelled: (f) => [`您在${f.host}${f.department}自${f.start}至${f.end}的轮转安排已取消。`],
    rotationConfirmed: (f) =>
      f.toVisitor
        ? [`${f.recordedBy}已代您确认在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`, hansContact]
        : [
            `${beforeHan(f.staff)}已确认在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`,
            ...hansOnBehalf(f),
          ],
    rotationDeclined: (f) =>
      f.toVisitor
        ? [`${f.recordedBy}已代您婉拒在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`, hansContact]
        : [
            `${beforeHan(f.staff)}已婉拒在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`,
            ...hansOnBehalf(f),
            '请另行安排。',
          ],
    reminderConfirm: (f) => [
      `您在${f.host}${f.department}的轮转将于${f.days}后，即${f.start}开始，但尚未确认。`,
      hansConfirmAsk(f),
    ],
    reminderStart: (f) => [
      `提醒：您在${f.host}${f.department}的轮转将于${f.days}后，即${f.start}开始，至${f.end}结束。`,
    ],
  },
  days: (n) => `${n}天`,
  shortDate: zhShortDate,
  openRotation: (department, host) => `在系统中查看此轮转（${host}${department}）`,
  openPlacement: (host) => `在系统中查看在${host}的交流安排`,
  replyReaches: (office) => `如有疑问，请直接回复此邮件，与${office}联系。`,
  // The programme's own name already ends in 项目 or 计划: quoted, it is followed by 办公室 alone.
  programmeOffice: (programme) => `“${programme}”办公室`,
  hostCoordinators: (host) => `${host}的交流协调人员`,
  footer: '此邮件由医院管理局人才交流协调系统自动发出。',
  noReply: '请勿直接回复。',
};

export const WORDING: Record<Language, Wording> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
