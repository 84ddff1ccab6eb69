/**
 * The parts of each email that make it answerable and precise: who it is from, whom a reply
 * reaches, what exactly changed (dates, department or both) in words a screen reader keeps
 * ("previously", "now"), the next step with its deadline, and links that name their target.
 * Pure; every value comes in already localized.
 */
import type { Language } from '../schemas';

/** What a change of a rotation touched. */
export type ChangeKind = 'dates' | 'department' | 'both';

export interface ExtraWording {
  /** The From display name. */
  sender: string;
  previously: string;
  now: string;
  /** rotationChanged's first sentence, worded for the kind of change. */
  changed(kind: ChangeKind, f: { host: string; department: string; start: string; end: string }): string;
  /** The next step after a change that needs reconfirming, with its deadline. */
  reconfirmBy(deadline: string): string;
  /** The next step after a new rotation, with its deadline. */
  confirmBy(deadline: string): string;
  /** Link text naming what it opens. */
  openRotation(department: string, host: string): string;
  openPlacement(host: string): string;
  /** Whom a reply reaches. */
  replyReaches(office: string): string;
  programmeOffice(programme: string): string;
  hostCoordinators(host: string): string;
}

export const EXTRA: Record<Language, ExtraWording> = {
  en: {
    sender: 'HA Talent Exchange',
    previously: 'Previously',
    now: 'Now',
    changed: (kind, f) =>
      kind === 'dates'
        ? `The dates of your rotation in ${f.department} at ${f.host} have changed: it now runs from ${f.start} to ${f.end}.`
        : kind === 'department'
          ? `Your rotation at ${f.host} from ${f.start} to ${f.end} has moved to ${f.department}.`
          : `Your rotation at ${f.host} has moved to ${f.department}, with new dates: from ${f.start} to ${f.end}.`,
    reconfirmBy: (deadline) => `Next step: please confirm the new arrangement in the console by ${deadline}.`,
    confirmBy: (deadline) => `Next step: please confirm or decline it in the console by ${deadline}.`,
    openRotation: (department, host) => `Open this rotation (${department}, ${host}) in the console`,
    openPlacement: (host) => `Open the placement at ${host} in the console`,
    replyReaches: (office) => `Questions? Reply to this email to reach ${office}.`,
    programmeOffice: (programme) => `the ${programme} programme office`,
    hostCoordinators: (host) => `the exchange coordinators at ${host}`,
  },
  'zh-Hant': {
    sender: '醫管局人才交流',
    previously: '原為',
    now: '現為',
    changed: (kind, f) =>
      kind === 'dates'
        ? `閣下於${f.host}${f.department}的輪轉日期已更改，現為${f.start}至${f.end}。`
        : kind === 'department'
          ? `閣下於${f.host}由${f.start}至${f.end}的輪轉已改往${f.department}。`
          : `閣下於${f.host}的輪轉已改往${f.department}，日期亦已更改，現為${f.start}至${f.end}。`,
    reconfirmBy: (deadline) => `下一步：請於${deadline}或之前登入系統，重新確認更改後的安排。`,
    confirmBy: (deadline) => `下一步：請於${deadline}或之前登入系統確認或婉拒。`,
    openRotation: (department, host) => `在系統中查看此輪轉（${host}${department}）`,
    openPlacement: (host) => `在系統中查看於${host}的交流安排`,
    replyReaches: (office) => `如有查詢，請直接回覆此電郵，與${office}聯絡。`,
    programmeOffice: (programme) => `${programme}計劃辦事處`,
    hostCoordinators: (host) => `${host}的交流統籌人員`,
  },
  'zh-Hans': {
    sender: '医管局人才交流',
    previously: '原为',
    now: '现为',
    changed: (kind, f) =>
      kind === 'dates'
        ? `您在${f.host}${f.department}的轮转日期已变更，现为${f.start}至${f.end}。`
        : kind === 'department'
          ? `您在${f.host}自${f.start}至${f.end}的轮转已调至${f.department}。`
          : `您在${f.host}的轮转已调至${f.department}，日期也已变更，现为${f.start}至${f.end}。`,
    reconfirmBy: (deadline) => `下一步：请于${deadline}前（含当日）登录系统，重新确认变更后的安排。`,
    confirmBy: (deadline) => `下一步：请于${deadline}前（含当日）登录系统确认或拒绝。`,
    openRotation: (department, host) => `在系统中查看此轮转（${host}${department}）`,
    openPlacement: (host) => `在系统中查看在${host}的交流安排`,
    replyReaches: (office) => `如有疑问，请直接回复此邮件，与${office}联系。`,
    programmeOffice: (programme) => `${programme}项目办公室`,
    hostCoordinators: (host) => `${host}的交流统筹人员`,
  },
};
