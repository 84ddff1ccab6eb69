/**
 * What each email says, in English, Traditional Chinese as written in Hong Kong and Simplified
 * Chinese as written in Guangdong. Every phrase takes already-localized values (names in the
 * reader's script, dates in the reader's format), so the wording stays free of lookups and the
 * three languages can be read side by side.
 */
import type { Activity, Language } from '../schemas';

export const MESSAGE_KINDS = [
  'placementOffered',
  'rotationScheduled',
  'rotationChanged',
  'rotationCancelled',
  'rotationConfirmed',
  'rotationDeclined',
  'reminderConfirm',
  'reminderStart',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The facts of one message, already in the reader's language. */
export interface LocalizedFacts {
  programme: string;
  staff: string;
  host: string;
  placementPeriod: string;
  /** Rotation messages only (empty otherwise). */
  department: string;
  start: string;
  end: string;
  /** "7 days" / "7日" / "7天". */
  days: string;
  /** A changed rotation that went back to SCHEDULED must be confirmed again. */
  needsConfirmation: boolean;
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
  };
  activities: Record<Activity, string>;
  subject: Record<MessageKind, (f: LocalizedFacts) => string>;
  body: Record<MessageKind, (f: LocalizedFacts) => string[]>;
  days(n: number): string;
  action: string;
  footer: string;
}

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
  },
  activities: { CLINICAL: 'Clinical work', OBSERVATION: 'Observation', TRAINING: 'Training' },
  subject: {
    placementOffered: (f) => `Placement offered at ${f.host}`,
    rotationScheduled: (f) => `New rotation: ${f.department}, ${f.host}`,
    rotationChanged: (f) => `Rotation changed: ${f.department}, ${f.host}`,
    rotationCancelled: (f) => `Rotation cancelled: ${f.department}, ${f.host}`,
    rotationConfirmed: (f) => `${f.staff} confirmed the rotation in ${f.department}, ${f.host}`,
    rotationDeclined: (f) => `${f.staff} declined the rotation in ${f.department}, ${f.host}`,
    reminderConfirm: (f) => `Please confirm your rotation in ${f.department}, ${f.host}`,
    reminderStart: (f) => `Your rotation in ${f.department}, ${f.host} starts in ${f.days}`,
  },
  body: {
    placementOffered: (f) => [
      `You have been offered a placement at ${f.host} under the programme "${f.programme}", from ${f.start} to ${f.end}.`,
      'Please review it in the console and accept or decline it.',
    ],
    rotationScheduled: (f) => [
      `A rotation has been scheduled for you in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`,
      'Please confirm it in the console, or decline it and tell us why.',
    ],
    rotationChanged: (f) => [
      `Your rotation at ${f.host} has changed. It is now in ${f.department}, from ${f.start} to ${f.end}.`,
      ...(f.needsConfirmation ? ['Please confirm the new arrangement in the console.'] : []),
    ],
    rotationCancelled: (f) => [`Your rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}, has been cancelled.`],
    rotationConfirmed: (f) => [`${f.staff} has confirmed the rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`],
    rotationDeclined: (f) => [
      `${f.staff} has declined the rotation in ${f.department} at ${f.host}, from ${f.start} to ${f.end}.`,
      'Please make another arrangement.',
    ],
    reminderConfirm: (f) => [
      `Your rotation in ${f.department} at ${f.host} starts in ${f.days}, on ${f.start}, and is not confirmed yet.`,
      'Please confirm it in the console, or decline it and tell us why.',
    ],
    reminderStart: (f) => [`A reminder: your rotation in ${f.department} at ${f.host} starts in ${f.days}, on ${f.start}, and runs until ${f.end}.`],
  },
  days: (n) => (n === 1 ? '1 day' : `${n} days`),
  action: 'Open in the console',
  footer: 'This email was sent by the Hospital Authority Talent Exchange Coordinator. Please do not reply to it.',
};

const zhHant: Wording = {
  greetingStaff: (name) => `${name}您好：`,
  greetingCoordinators: '各位統籌人員：',
  labels: {
    programme: '計劃',
    visitor: '交流人員',
    host: '接待醫院',
    placementPeriod: '交流期',
    department: '部門',
    dates: '日期',
    activity: '類別',
    reason: '原因',
    changes: '更改內容',
  },
  activities: { CLINICAL: '臨床工作', OBSERVATION: '觀摩', TRAINING: '培訓' },
  subject: {
    placementOffered: (f) => `交流安排邀請：${f.host}`,
    rotationScheduled: (f) => `新輪轉安排：${f.department}（${f.host}）`,
    rotationChanged: (f) => `輪轉安排已更改：${f.department}（${f.host}）`,
    rotationCancelled: (f) => `輪轉安排已取消：${f.department}（${f.host}）`,
    rotationConfirmed: (f) => `${f.staff}已確認輪轉安排：${f.department}（${f.host}）`,
    rotationDeclined: (f) => `${f.staff}婉拒了輪轉安排：${f.department}（${f.host}）`,
    reminderConfirm: (f) => `請確認輪轉安排：${f.department}（${f.host}）`,
    reminderStart: (f) => `提示：${f.department}（${f.host}）的輪轉將於${f.days}後開始`,
  },
  body: {
    placementOffered: (f) => [
      `閣下獲邀參加「${f.programme}」，於${f.host}進行交流，交流期由${f.start}至${f.end}。`,
      '請登入系統查閱詳情，並接受或婉拒此安排。',
    ],
    rotationScheduled: (f) => [
      `已為閣下安排於${f.host}${f.department}輪轉，由${f.start}至${f.end}。`,
      '請登入系統確認此安排；如未能出席，請婉拒並說明原因。',
    ],
    rotationChanged: (f) => [
      `閣下於${f.host}的輪轉安排已有更改：現為${f.department}，由${f.start}至${f.end}。`,
      ...(f.needsConfirmation ? ['請登入系統重新確認更改後的安排。'] : []),
    ],
    rotationCancelled: (f) => [`閣下於${f.host}${f.department}的輪轉安排（${f.start}至${f.end}）已被取消。`],
    rotationConfirmed: (f) => [`${f.staff}已確認於${f.host}${f.department}的輪轉安排（${f.start}至${f.end}）。`],
    rotationDeclined: (f) => [`${f.staff}婉拒了於${f.host}${f.department}的輪轉安排（${f.start}至${f.end}）。`, '請另作安排。'],
    reminderConfirm: (f) => [
      `閣下於${f.host}${f.department}的輪轉將於${f.days}後，即${f.start}開始，但尚未確認。`,
      '請登入系統確認此安排；如未能出席，請婉拒並說明原因。',
    ],
    reminderStart: (f) => [`提示：閣下於${f.host}${f.department}的輪轉將於${f.days}後，即${f.start}開始，至${f.end}結束。`],
  },
  days: (n) => `${n}日`,
  action: '在系統中查看',
  footer: '此電郵由醫院管理局人才交流統籌系統自動發出，請勿直接回覆。',
};

const zhHans: Wording = {
  greetingStaff: (name) => `${name}您好：`,
  greetingCoordinators: '各位协调人员：',
  labels: {
    programme: '项目',
    visitor: '交流人员',
    host: '接待医院',
    placementPeriod: '交流期',
    department: '科室',
    dates: '日期',
    activity: '类别',
    reason: '原因',
    changes: '变更内容',
  },
  activities: { CLINICAL: '临床工作', OBSERVATION: '观摩', TRAINING: '培训' },
  subject: {
    placementOffered: (f) => `交流安排邀请：${f.host}`,
    rotationScheduled: (f) => `新轮转安排：${f.department}（${f.host}）`,
    rotationChanged: (f) => `轮转安排已变更：${f.department}（${f.host}）`,
    rotationCancelled: (f) => `轮转安排已取消：${f.department}（${f.host}）`,
    rotationConfirmed: (f) => `${f.staff}已确认轮转安排：${f.department}（${f.host}）`,
    rotationDeclined: (f) => `${f.staff}已拒绝轮转安排：${f.department}（${f.host}）`,
    reminderConfirm: (f) => `请确认轮转安排：${f.department}（${f.host}）`,
    reminderStart: (f) => `提醒：${f.department}（${f.host}）的轮转将于${f.days}后开始`,
  },
  body: {
    placementOffered: (f) => [
      `您获邀参加“${f.programme}”，到${f.host}进行交流，交流期自${f.start}至${f.end}。`,
      '请登录系统查看详情，并接受或拒绝此安排。',
    ],
    rotationScheduled: (f) => [
      `已为您安排在${f.host}${f.department}轮转，自${f.start}至${f.end}。`,
      '请登录系统确认此安排；如无法参加，请拒绝并说明原因。',
    ],
    rotationChanged: (f) => [
      `您在${f.host}的轮转安排已变更：现为${f.department}，自${f.start}至${f.end}。`,
      ...(f.needsConfirmation ? ['请登录系统重新确认变更后的安排。'] : []),
    ],
    rotationCancelled: (f) => [`您在${f.host}${f.department}的轮转安排（${f.start}至${f.end}）已取消。`],
    rotationConfirmed: (f) => [`${f.staff}已确认在${f.host}${f.department}的轮转安排（${f.start}至${f.end}）。`],
    rotationDeclined: (f) => [`${f.staff}已拒绝在${f.host}${f.department}的轮转安排（${f.start}至${f.end}）。`, '请另行安排。'],
    reminderConfirm: (f) => [
      `您在${f.host}${f.department}的轮转将于${f.days}后，即${f.start}开始，但尚未确认。`,
      '请登录系统确认此安排；如无法参加，请拒绝并说明原因。',
    ],
    reminderStart: (f) => [`提醒：您在${f.host}${f.department}的轮转将于${f.days}后，即${f.start}开始，至${f.end}结束。`],
  },
  days: (n) => `${n}天`,
  action: '在系统中查看',
  footer: '此邮件由医院管理局人才交流协调系统自动发出，请勿直接回复。',
};

export const WORDING: Record<Language, Wording> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
