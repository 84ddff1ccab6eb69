/** The visitor's menu entries (the rest of the strings load with the screens: load-strings.ts). */
import type { Strings } from '../../i18n/types';

const en = { nav: { placement: 'My placement', schedule: 'My schedule', calendar: 'Calendar', profile: 'My profile' } };

export const navStrings: Record<'en' | 'zh-Hant' | 'zh-Hans', Strings<typeof en>> = {
  en,
  'zh-Hant': { nav: { placement: '我的交流安排', schedule: '我的輪轉', calendar: '日曆', profile: '個人資料' } },
  'zh-Hans': { nav: { placement: '我的交流安排', schedule: '我的轮转', calendar: '日历', profile: '个人资料' } },
};
