import { escapeHtml, personName, renderEmail } from '../../../shared/notifications/render';
import { MESSAGE_KINDS } from '../../../shared/notifications/wording';
import { LANGUAGES } from '../../../shared/schemas';
import { CARDIOLOGY, CONSOLE, facts, PAEDIATRICS } from './fixtures';

const LINK = `${CONSOLE}/placements/plc_1`;

describe('a rotation scheduled, in each language', () => {
  it('English names the placement, hospital, department and dates, and links to the console', () => {
    const email = renderEmail(facts(), 'en', CONSOLE);
    expect(email.language).toBe('en');
    expect(email.subject).toBe('New rotation: Cardiology, Queen Mary Hospital');
    expect(email.text).toContain('Dear Chen Xiaoyu,');
    expect(email.text).toContain('in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026');
    expect(email.text).toContain('Programme: Guangdong-Hong Kong Nurse Exchange 2026');
    expect(email.text).toContain('Placement period: Monday, 2 March 2026 to Friday, 15 January 2027');
    expect(email.text).toContain(`Open in the console: ${LINK}`);
    expect(email.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(email.html).toContain(`<a href="${LINK}">Open in the console</a>`);
    expect(email.html).toContain('<html lang="en">');
  });

  it('Traditional Chinese (Hong Kong) uses Traditional names and dates', () => {
    const email = renderEmail(facts(), 'zh-Hant', CONSOLE);
    expect(email.language).toBe('zh-Hant');
    expect(email.subject).toBe('新輪轉安排：心臟科（瑪麗醫院）');
    expect(email.text).toContain('陳曉雨您好：');
    expect(email.text).toContain('已為閣下安排於瑪麗醫院心臟科輪轉，由2026年3月2日（星期一）至2026年3月27日（星期五）。');
    expect(email.text).toContain('計劃：粵港護士交流計劃2026');
    expect(email.text).toContain(`在系統中查看：${LINK}`);
    expect(email.text).not.toContain('Cardiology');
  });

  it('Simplified Chinese (Guangdong) uses Simplified names and dates', () => {
    const email = renderEmail(facts(), 'zh-Hans', CONSOLE);
    expect(email.subject).toBe('新轮转安排：心脏科（玛丽医院）');
    expect(email.text).toContain('陈晓雨您好：');
    expect(email.text).toContain('已为您安排在玛丽医院心脏科轮转，自2026年3月2日（星期一）至2026年3月27日（星期五）。');
    expect(email.text).toContain('科室：心脏科');
    expect(email.text).not.toContain('瑪麗');
  });

  it('an unknown language gets all three, English first', () => {
    const email = renderEmail(facts(), undefined, CONSOLE);
    expect(email.language).toBe('en,zh-Hant,zh-Hans');
    expect(email.subject).toBe('New rotation: Cardiology, Queen Mary Hospital / 新輪轉安排：心臟科（瑪麗醫院） / 新轮转安排：心脏科（玛丽医院）');
    const en = email.text.indexOf('Dear Chen Xiaoyu,');
    const hant = email.text.indexOf('陳曉雨您好：');
    const hans = email.text.indexOf('陈晓雨您好：');
    expect(en).toBeGreaterThanOrEqual(0);
    expect(hant).toBeGreaterThan(en);
    expect(hans).toBeGreaterThan(hant);
    expect(email.html.indexOf('<div lang="en">')).toBeLessThan(email.html.indexOf('<div lang="zh-Hant">'));
    expect(email.html.indexOf('<div lang="zh-Hant">')).toBeLessThan(email.html.indexOf('<div lang="zh-Hans">'));
  });
});

describe('every message kind', () => {
  it.each(MESSAGE_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))('%s renders in %s with the essentials', (kind, language) => {
    const email = renderEmail(
      facts({ kind, audience: kind === 'rotationConfirmed' || kind === 'rotationDeclined' ? 'coordinators' : 'staff', daysUntilStart: 7, reason: 'A reason' }),
      language,
      CONSOLE,
    );
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.text).toContain(LINK);
    expect(email.html).toContain(LINK);
    const host = { en: 'Queen Mary Hospital', 'zh-Hant': '瑪麗醫院', 'zh-Hans': '玛丽医院' }[language];
    expect(email.text).toContain(host);
    expect(email.text.endsWith('\n')).toBe(true);
  });
});

describe('a rotation moved', () => {
  const moved = facts({
    kind: 'rotationChanged',
    rotation: { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS, activity: 'CLINICAL' },
    previous: { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
    needsConfirmation: true,
  });

  it('shows old → new dates and department, and asks to confirm again', () => {
    const email = renderEmail(moved, 'en', CONSOLE);
    expect(email.subject).toBe('Rotation changed: Paediatrics, Queen Mary Hospital');
    expect(email.text).toContain(
      '- Dates: Monday, 2 March 2026 to Friday, 27 March 2026 → Monday, 6 April 2026 to Friday, 1 May 2026',
    );
    expect(email.text).toContain('- Department: Cardiology → Paediatrics');
    expect(email.text).toContain('Please confirm the new arrangement in the console.');
    expect(email.html).toContain('<s>Cardiology</s> → <strong>Paediatrics</strong>');
  });

  it('does so in Chinese too', () => {
    const hant = renderEmail(moved, 'zh-Hant', CONSOLE).text;
    expect(hant).toContain('更改內容：');
    expect(hant).toContain('- 日期：2026年3月2日（星期一）至2026年3月27日（星期五） → 2026年4月6日（星期一）至2026年5月1日（星期五）');
    expect(hant).toContain('- 部門：心臟科 → 兒科');
    const hans = renderEmail(moved, 'zh-Hans', CONSOLE).text;
    expect(hans).toContain('- 科室：心脏科 → 儿科');
  });

  it('lists only what changed', () => {
    const datesOnly = renderEmail({ ...moved, previous: { ...moved.previous!, department: PAEDIATRICS } }, 'en', CONSOLE).text;
    expect(datesOnly).toContain('- Dates:');
    expect(datesOnly).not.toContain('- Department:');
  });
});

describe('coordinators hear confirmations and declines', () => {
  it('a decline carries the visitor and the reason', () => {
    const email = renderEmail(facts({ kind: 'rotationDeclined', audience: 'coordinators', reason: 'Family emergency;\nback in April' }), undefined, CONSOLE);
    expect(email.subject.startsWith('Chen Xiaoyu declined the rotation in Cardiology, Queen Mary Hospital')).toBe(true);
    expect(email.text).toContain('Dear coordinator,');
    expect(email.text).toContain('Reason: Family emergency;\nback in April');
    expect(email.text).toContain('各位統籌人員：');
    expect(email.text).toContain('陳曉雨婉拒了於瑪麗醫院心臟科的輪轉安排');
    expect(email.text).toContain('陈晓雨已拒绝在玛丽医院心脏科的轮转安排');
    expect(email.html).toContain('Family emergency;<br>back in April');
  });

  it('a confirmation names who confirmed what', () => {
    const email = renderEmail(facts({ kind: 'rotationConfirmed', audience: 'coordinators' }), 'en', CONSOLE);
    expect(email.text).toContain('Chen Xiaoyu has confirmed the rotation in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026.');
  });
});

describe('reminders', () => {
  it('say how many days remain', () => {
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 7 }), 'en', CONSOLE).subject).toBe('Your rotation in Cardiology, Queen Mary Hospital starts in 7 days');
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 1 }), 'en', CONSOLE).subject).toContain('starts in 1 day');
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 7 }), 'zh-Hant', CONSOLE).subject).toBe('提示：心臟科（瑪麗醫院）的輪轉將於7日後開始');
    expect(renderEmail(facts({ kind: 'reminderConfirm', daysUntilStart: 14 }), 'zh-Hans', CONSOLE).text).toContain('将于14天后，即2026年3月2日（星期一）开始，但尚未确认');
  });
});

describe('HTML safety', () => {
  it('escapes names and reasons, so nothing a user typed becomes markup', () => {
    const email = renderEmail(
      facts({ kind: 'rotationDeclined', audience: 'coordinators', staffName: { en: '<script>alert(1)</script>' }, reason: '"><img src=x onerror=alert(1)>' }),
      'en',
      CONSOLE,
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // The plain-text part is plain text: shown as typed.
    expect(email.text).toContain('<script>alert(1)</script>');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('names', () => {
  it('fall back to another script when the reader’s is missing, Chinese before English for Chinese readers', () => {
    expect(personName({ en: 'Wong Ka Ming' }, 'zh-Hant')).toBe('Wong Ka Ming');
    expect(personName({ en: 'Wong Ka Ming', 'zh-Hant': '黃家明' }, 'zh-Hans')).toBe('黃家明');
    expect(personName({ 'zh-Hans': '李明' }, 'en')).toBe('李明');
  });
});
