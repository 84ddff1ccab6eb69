/** Facts about one rotation of a Guangdong nurse at Queen Mary Hospital, for the message tests. */
import type { MessageFacts } from '../../../shared/notifications/render';

export const QMH = { en: 'Queen Mary Hospital', 'zh-Hant': '瑪麗醫院', 'zh-Hans': '玛丽医院' };
export const CARDIOLOGY = { en: 'Cardiology', 'zh-Hant': '心臟科', 'zh-Hans': '心脏科' };
export const PAEDIATRICS = { en: 'Paediatrics', 'zh-Hant': '兒科', 'zh-Hans': '儿科' };
export const PROGRAMME = {
  en: 'Guangdong-Hong Kong Nurse Exchange 2026',
  'zh-Hant': '粵港護士交流計劃2026',
  'zh-Hans': '粤港护士交流项目2026',
};
export const NURSE = { en: 'Chen Xiaoyu', 'zh-Hant': '陳曉雨', 'zh-Hans': '陈晓雨' };
export const CONSOLE = 'https://console.example.org';

export function facts(overrides: Partial<MessageFacts> = {}): MessageFacts {
  return {
    kind: 'rotationScheduled',
    audience: 'staff',
    placementId: 'plc_1',
    programme: PROGRAMME,
    host: QMH,
    staffName: NURSE,
    placementPeriod: { startDate: '2026-03-02', endDate: '2027-01-15' },
    rotation: { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY, activity: 'CLINICAL' },
    ...overrides,
  };
}
