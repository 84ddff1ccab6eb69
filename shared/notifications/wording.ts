/**
 * What each email says, in English, Traditional Chinese as written in Hong Kong and Simplified
 * Chinese as written in Guangdong. Every phrase takes already-localized values (names in the
 * reader's script, dates in the reader's format), so the wording stays free of lookups and the
 * three languages can be read side by side.
 */
import type { Activity, AuditRecord, Language } from '../schemas';

export const MESSAGE_KINDS = [
  'placementOffered',
  'placementEnded',
  'rotationScheduled',
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
  /** "7 days" / "7日" / "7天". */
  days: string;
  /** A changed rotation that went back to SCHEDULED must be confirmed again. */
  needsConfirmation: boolean;
  /** The reader is the visitor (otherwise the coordinators). */
  toVisitor: boolean;
  /** Who recorded it on the visitor's behalf; empty when the visitor acted. */
  recordedBy: string;
  /** placementEnded: how. */
  ending: PlacementEnding;
  /** The placement is offered but not accepted yet: rotations can be confirmed only after. */
  awaitingAcceptance: boolean;
  /** Rotations are listed below the text (planned ones in an offer, cancelled ones when a placement ends). */
  hasRotations: boolean;
}

export interface Wording {
  greetingStaff(name: string): string;
  greetingCoordinators: string;
  labels: {
    programme: string;
    visitor: string;
    host: string;
    placementPeriod: string;
    department: string;
    dates: string;
    activity: string;
    reason: string;
    changes: string;
    rotationsPlanned: string;
    rotationsCancelled: string;
  };
  /** Under a list of rotations cut short. */
  moreRotations: string;
  activities: Record<Activity, string>;
  /** The system's own reasons, where a person's typed reason would go. */
  reasonCodes: Record<ReasonCode, string>;
  recorder(by: RecordedBy, host: string): string;
  subject: Record<MessageKind, (f: LocalizedFacts) => string>;
  body: Record<MessageKind, (f: LocalizedFacts) => string[]>;
  days(n: number): string;
  action: string;
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

const en: Wording = {
  greetingStaff: (name) => `Dear ${name},`,
  greetingCoordinators: 'Dear coordinator,',
  labels: {
    programme: 'Programme',
    visitor: 'Visitor',
    host: 'Host hospital',
    placementPeriod: 'Placement period',
    department: 'Department',
    dates: 'Dates',
    activity: 'Activity',
    reason: 'Reason',
    changes: 'What changed',
    rotationsPlanned: 'Rotations planned',
    rotationsCancelled: 'Rotations cancelled',
  },
  moreRotations: 'More in the console.',
  activities: { CLINICAL: 'Clinical work', OBSERVATION: 'Observation', TRAINING: 'Training' },
  reasonCodes: {
    PLACEMENT_DECLINED: 'The placement was declined',
    PLACEMENT_WITHDRAWN: 'The placement was withdrawn',
    PLACEMENT_CANCELLED: 'The placement was cancelled',
  },
  recorder: (by, host) => (by === 'programme' ? 'the programme office' : `the coordinators at ${host}`),
  subject: {
    placementOffered: (f) => `Placement offered at ${f.host}`,
    placementEnded: (f) =>
      f.toVisitor
        ? `Placement ${EN_ENDED[f.ending]}${f.recordedBy ? ' on your behalf' : ''}: ${f.host}`
        : `Placement ${EN_ENDED[f.ending]}: ${f.staff}, ${f.host}`,
    rotationScheduled: (f) => `New rotation: ${f.department}, ${f.host}`,
    rotationChanged: (f) => `Rotation changed: ${f.department}, ${f.host}`,
    rotationCancelled: (f) => `Rotation cancelled: ${f.department}, ${f.host}`,
    rotationConfirmed: (f) =>
      f.toVisitor
        ? `Your rotation in ${f.department}, ${f.host} was confirmed on your behalf`
        : `${f.staff} confirmed the rotation in ${f.department}, ${f.host}`,
    rotationDeclined: (f) =>
      f.toVisitor
        ? `Your rotation in ${f.department}, ${f.host} was declined on your behalf`
        : `${f.staff} declined the rotation in ${f.department}, ${f.host}`,
    reminderConfirm: (f) => `Please confirm your rotation in ${f.department}, ${f.host}`,
    reminderStart: (f) => `Your rotation in ${f.department}, ${f.host} starts in ${f.days}`,
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
      enConfirmAsk(f),
    ],
    rotationChanged: (f) => [
      `Your rotation at ${f.host} has changed. It is now in ${f.department}, from ${f.start} to ${f.end}.`,
      ...(f.needsConfirmation ? [`${enPlease(f)} confirm the new arrangement in the console.`] : []),
    ],
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
  action: 'Open in the console',
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
      return f.ending === 'CANCELLED'
        ? `交流安排已取消：${f.staff}（${f.host}）`
        : `${beforeHan(f.staff)}已${ended(f)}交流安排：${f.host}`;
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

const hantOnBehalf = (f: LocalizedFacts) => (f.recordedBy ? [`以上由${f.recordedBy}代交流人員記錄。`] : []);
const hantContact = '如有疑問，請聯絡計劃辦公室。';
const hantAfterAcceptance = (f: LocalizedFacts) => (f.awaitingAcceptance ? '接受交流安排後，' : '');
const hantConfirmAsk = (f: LocalizedFacts) =>
  `${hantAfterAcceptance(f)}請登入系統確認此安排；如未能出席，請婉拒並說明原因。`;
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

const zhHant: Wording = {
  greetingStaff: (name) => `${beforeHan(name)}您好：`,
  greetingCoordinators: '各位統籌人員：',
  labels: {
    programme: '計劃',
    visitor: '交流人員',
    host: '接待醫院',
    placementPeriod: '交流期間',
    department: '部門',
    dates: '日期',
    activity: '類別',
    reason: '原因',
    changes: '更改內容',
    rotationsPlanned: '已安排的輪轉',
    rotationsCancelled: '已取消的輪轉',
  },
  moreRotations: '其餘請在系統中查看。',
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
    rotationScheduled: (f) => `新輪轉安排：${f.department}（${f.host}）`,
    rotationChanged: (f) => `輪轉安排已更改：${f.department}（${f.host}）`,
    rotationCancelled: (f) => `輪轉安排已取消：${f.department}（${f.host}）`,
    rotationConfirmed: (f) =>
      f.toVisitor
        ? `輪轉安排已代為確認：${f.department}（${f.host}）`
        : `${beforeHan(f.staff)}已確認輪轉安排：${f.department}（${f.host}）`,
    rotationDeclined: (f) =>
      f.toVisitor
        ? `輪轉安排已代為婉拒：${f.department}（${f.host}）`
        : `${beforeHan(f.staff)}婉拒了輪轉安排：${f.department}（${f.host}）`,
    reminderConfirm: (f) => `請確認輪轉安排：${f.department}（${f.host}）`,
    reminderStart: (f) => `提示：${f.department}（${f.host}）的輪轉將於${f.days}後開始`,
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
      hantConfirmAsk(f),
    ],
    rotationChanged: (f) => [
      `閣下於${f.host}的輪轉安排已有更改：現改為${f.department}，由${f.start}至${f.end}。`,
      ...(f.needsConfirmation ? [`${hantAfterAcceptance(f)}請登入系統重新確認更改後的安排。`] : []),
    ],
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
  action: '在系統中查看',
  footer: '此電郵由醫院管理局人才交流統籌系統自動發出。',
  noReply: '請勿直接回覆。',
};

const hansOnBehalf = (f: LocalizedFacts) => (f.recordedBy ? [`以上由${f.recordedBy}代交流人员登记。`] : []);
const hansContact = '如有疑问，请联系项目办公室。';
const hansAfterAcceptance = (f: LocalizedFacts) => (f.awaitingAcceptance ? '接受交流安排后，' : '');
const hansConfirmAsk = (f: LocalizedFacts) =>
  `${hansAfterAcceptance(f)}请登录系统确认此安排；如无法参加，请拒绝并说明原因。`;
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

const zhHans: Wording = {
  greetingStaff: (name) => `${beforeHan(name)}您好：`,
  greetingCoordinators: '各位协调人员：',
  labels: {
    programme: '项目',
    visitor: '交流人员',
    host: '接待医院',
    placementPeriod: '交流期间',
    department: '科室',
    dates: '日期',
    activity: '类别',
    reason: '原因',
    changes: '变更内容',
    rotationsPlanned: '已安排的轮转',
    rotationsCancelled: '已取消的轮转',
  },
  moreRotations: '其余请在系统中查看。',
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
    rotationScheduled: (f) => `新轮转安排：${f.department}（${f.host}）`,
    rotationChanged: (f) => `轮转安排已变更：${f.department}（${f.host}）`,
    rotationCancelled: (f) => `轮转安排已取消：${f.department}（${f.host}）`,
    rotationConfirmed: (f) =>
      f.toVisitor
        ? `轮转安排已代为确认：${f.department}（${f.host}）`
        : `${beforeHan(f.staff)}已确认轮转安排：${f.department}（${f.host}）`,
    rotationDeclined: (f) =>
      f.toVisitor
        ? `轮转安排已代为拒绝：${f.department}（${f.host}）`
        : `${beforeHan(f.staff)}已拒绝轮转安排：${f.department}（${f.host}）`,
    reminderConfirm: (f) => `请确认轮转安排：${f.department}（${f.host}）`,
    reminderStart: (f) => `提醒：${f.department}（${f.host}）的轮转将于${f.days}后开始`,
  },
  body: {
    placementOffered: (f) => [
      `您获邀参加“${f.programme}”，到${f.host}进行交流，交流期间自${f.start}至${f.end}。`,
      '请登录系统查看详情，并接受或拒绝此安排。',
      ...(f.hasRotations ? ['已安排的轮转列于下方；接受交流安排后，请逐一确认。'] : []),
    ],
    placementEnded: hansEnded.body,
    rotationScheduled: (f) => [`已为您安排在${f.host}${f.department}轮转，自${f.start}至${f.end}。`, hansConfirmAsk(f)],
    rotationChanged: (f) => [
      `您在${f.host}的轮转安排已变更：现调整为${f.department}，自${f.start}至${f.end}。`,
      ...(f.needsConfirmation ? [`${hansAfterAcceptance(f)}请登录系统重新确认变更后的安排。`] : []),
    ],
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
        ? [`${f.recordedBy}已代您拒绝在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`, hansContact]
        : [
            `${beforeHan(f.staff)}已拒绝在${f.host}${f.department}自${f.start}至${f.end}的轮转安排。`,
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
  action: '在系统中查看',
  footer: '此邮件由医院管理局人才交流协调系统自动发出。',
  noReply: '请勿直接回复。',
};

export const WORDING: Record<Language, Wording> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
