import { escapeHtml, personName, renderEmail, type MessageFacts } from '../../../shared/notifications/render';
import {
  CHANGED_FIELDS,
  MESSAGE_KINDS,
  SUBJECT_LIMITS,
  type ChangedField,
  type ContactRole,
} from '../../../shared/notifications/wording';
import { LANGUAGES, type LocalizedName, type PersonName } from '../../../shared/schemas';
import * as demo from '../../../local/demo-data';
import { CARDIOLOGY, CONSOLE, facts, PAEDIATRICS } from './fixtures';

const LINK = `${CONSOLE}/placements/plc_1`;

describe('a rotation scheduled, in each language', () => {
  it('English names the placement, hospital, department and dates, and links to the console', () => {
    const email = renderEmail(facts(), 'en', CONSOLE);
    expect(email.language).toBe('en');
    expect(email.subject).toBe('New rotation: Cardiology, from 2 Mar');
    expect(email.text).toContain('Dear Chen Xiaoyu,');
    expect(email.text).toContain(
      'in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026',
    );
    expect(email.text).toContain('Programme: Guangdong-Hong Kong Nurse Exchange 2026');
    expect(email.text).toContain('Placement period: Monday, 2 March 2026 to Friday, 15 January 2027');
    expect(email.text).toContain(`Open the placement at Queen Mary Hospital in the console: ${LINK}`);
    expect(email.text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(email.html).toContain(`<a href="${LINK}">Open the placement at Queen Mary Hospital in the console</a>`);
    expect(email.fromName).toBe('HA Talent Exchange');
    expect(email.html).toContain('<html lang="en">');
  });

  it('Traditional Chinese (Hong Kong) uses Traditional names and dates', () => {
    const email = renderEmail(facts(), 'zh-Hant', CONSOLE);
    expect(email.language).toBe('zh-Hant');
    expect(email.subject).toBe('新輪轉安排：心臟科，3月2日起');
    expect(email.text).toContain('陳曉雨您好：');
    expect(email.text).toContain(
      '已為閣下安排於瑪麗醫院心臟科輪轉，由2026年3月2日（星期一）至2026年3月27日（星期五）。',
    );
    expect(email.text).toContain('計劃：粵港護士交流計劃2026');
    expect(email.text).toContain(`在系統中查看於瑪麗醫院的交流安排：${LINK}`);
    expect(email.text).not.toContain('Cardiology');
  });

  it('Simplified Chinese (Guangdong) uses Simplified names and dates', () => {
    const email = renderEmail(facts(), 'zh-Hans', CONSOLE);
    expect(email.subject).toBe('新轮转安排：心脏科，3月2日起');
    expect(email.text).toContain('陈晓雨您好：');
    expect(email.text).toContain('已为您安排在玛丽医院心脏科轮转，自2026年3月2日（星期一）至2026年3月27日（星期五）。');
    expect(email.text).toContain('科室：心脏科');
    expect(email.text).not.toContain('瑪麗');
  });

  it('an unknown language gets all three, English first, with the English subject only', () => {
    const email = renderEmail(facts(), undefined, CONSOLE);
    expect(email.language).toBe('en,zh-Hant,zh-Hans');
    expect(email.subject).toBe('New rotation: Cardiology, from 2 Mar');
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

const VARIANTS = MESSAGE_KINDS.flatMap((kind) =>
  (['staff', 'coordinators'] as const).flatMap((audience) =>
    [undefined, 'programme' as const].flatMap((recordedBy) =>
      LANGUAGES.map((language) => [kind, audience, recordedBy ?? 'the visitor', language] as const),
    ),
  ),
);

describe('every message kind', () => {
  it.each(VARIANTS)(
    '%s to %s, recorded by %s, renders in %s with the essentials and without nested brackets',
    (kind, audience, recordedBy, language) => {
      const email = renderEmail(
        facts({
          kind,
          audience,
          recordedBy: recordedBy === 'the visitor' ? undefined : recordedBy,
          ending: 'WITHDRAWN',
          daysUntilStart: 7,
          reason: 'A reason',
          rotations: [{ startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY }],
        }),
        language,
        CONSOLE,
      );
      expect(email.subject.length).toBeGreaterThan(5);
      expect(email.text).toContain(LINK);
      expect(email.html).toContain(LINK);
      const host = { en: 'Queen Mary Hospital', 'zh-Hant': '瑪麗醫院', 'zh-Hans': '玛丽医院' }[language];
      expect(email.text).toContain(host);
      expect(email.text.endsWith('\n')).toBe(true);
      // 「（2026年3月2日（星期一）至…）」 reads badly: a bracket never opens inside another.
      for (const line of `${email.subject}\n${email.text}`.split('\n')) expect(line).not.toMatch(/（[^）]*（/);
      expect(email.text).not.toMatch(/undefined|已被取消|現為|现为/);
    },
  );
});

describe('a rotation moved', () => {
  const moved = facts({
    kind: 'rotationChanged',
    rotation: { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS, activity: 'CLINICAL' },
    previous: { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
    needsConfirmation: true,
  });

  it('says previously and now in words, in the one details table, and asks to confirm again by a date', () => {
    const email = renderEmail({ ...moved, rotationId: 'rot_1', confirmBy: '2026-03-30' }, 'en', CONSOLE);
    expect(email.subject).toBe('Rotation moved to Paediatrics, new dates');
    expect(email.text).toContain(
      'Dates: Previously Monday, 2 March 2026 to Friday, 27 March 2026; Now Monday, 6 April 2026 to Friday, 1 May 2026',
    );
    expect(email.text).toContain('Department: Previously Cardiology; Now Paediatrics');
    expect(email.text).toContain('has moved to Paediatrics, with new dates');
    expect(email.text).toContain(
      'Next step: please confirm the new arrangement in the console by Monday, 30 March 2026.',
    );
    expect(email.html).toContain('<span>Previously: <s>Cardiology</s></span><br><strong>Now: Paediatrics</strong>');
    expect(email.html).not.toContain('role="presentation"');
    expect(email.html).toContain('<th scope="row"');
    // The link opens the rotation and says so; the placement page is linked too.
    expect(email.text).toContain(
      'Open this rotation (Paediatrics, Queen Mary Hospital) in the console: https://console.example.org/rotations/rot_1',
    );
    expect(email.text).toContain(LINK);
  });

  it('does so in Chinese too', () => {
    const hant = renderEmail(moved, 'zh-Hant', CONSOLE).text;
    expect(hant).toContain(
      '日期：原為 2026年3月2日（星期一）至2026年3月27日（星期五）；現為 2026年4月6日（星期一）至2026年5月1日（星期五）',
    );
    expect(hant).toContain('部門：原為 心臟科；現為 兒科');
    const hans = renderEmail(moved, 'zh-Hans', CONSOLE).text;
    expect(hans).toContain('科室：原为 心脏科；现为 儿科');
  });

  it('words each kind of change for what it is: dates only, department only', () => {
    const datesOnly = renderEmail(
      { ...moved, previous: { ...moved.previous!, department: PAEDIATRICS } },
      'en',
      CONSOLE,
    ).text;
    expect(datesOnly).toContain('Dates: Previously');
    expect(datesOnly).toContain('Department: Paediatrics');
    expect(datesOnly).toContain('The dates of your rotation in Paediatrics at Queen Mary Hospital have changed');
    expect(datesOnly).not.toContain('moved to');
    const hansDates = renderEmail(
      { ...moved, previous: { ...moved.previous!, department: PAEDIATRICS } },
      'zh-Hans',
      CONSOLE,
    ).text;
    expect(hansDates).toContain('您在玛丽医院儿科的轮转日期已变更');
    expect(hansDates).not.toContain('调整为');
    const departmentOnly = renderEmail(
      { ...moved, previous: { ...moved.previous!, startDate: '2026-04-06', endDate: '2026-05-01' } },
      'en',
      CONSOLE,
    ).text;
    expect(departmentOnly).toContain(
      'Your rotation at Queen Mary Hospital from Monday, 6 April 2026 to Friday, 1 May 2026 has moved to Paediatrics.',
    );
  });
});

describe('coordinators hear confirmations and declines', () => {
  it('a decline carries the visitor and the reason', () => {
    const email = renderEmail(
      facts({ kind: 'rotationDeclined', audience: 'coordinators', reason: 'Family emergency;\nback in April' }),
      undefined,
      CONSOLE,
    );
    expect(email.subject).toBe('Chen Xiaoyu declined: Cardiology');
    expect(email.text).toContain('Dear colleagues,');
    expect(email.text).not.toContain('Dear coordinator');
    expect(email.text).toContain('Reason: Family emergency;\nback in April');
    expect(email.text).toContain('各位同事：');
    expect(email.text).toContain(
      '陳曉雨婉拒了於瑪麗醫院心臟科由2026年3月2日（星期一）至2026年3月27日（星期五）的輪轉安排。',
    );
    expect(email.text).toContain(
      '陈晓雨已婉拒在玛丽医院心脏科自2026年3月2日（星期一）至2026年3月27日（星期五）的轮转安排。',
    );
    expect(email.html).toContain('Family emergency;<br>back in April');
  });

  it('a confirmation names who confirmed what', () => {
    const email = renderEmail(facts({ kind: 'rotationConfirmed', audience: 'coordinators' }), 'en', CONSOLE);
    expect(email.text).toContain(
      'Chen Xiaoyu has confirmed the rotation in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026.',
    );
    expect(email.text).not.toContain('behalf');
  });
});

describe('recorded on the visitor’s behalf', () => {
  it('tells the coordinators who recorded it for the visitor', () => {
    const byOffice = renderEmail(
      facts({ kind: 'rotationConfirmed', audience: 'coordinators', recordedBy: 'programme' }),
      undefined,
      CONSOLE,
    ).text;
    expect(byOffice).toContain("This was recorded on Chen Xiaoyu's behalf by the programme office.");
    expect(byOffice).toContain('以上由計劃辦公室代交流人員記錄。');
    expect(byOffice).toContain('以上由项目办公室代交流人员登记。');
    const byHost = renderEmail(
      facts({ kind: 'rotationDeclined', audience: 'coordinators', recordedBy: 'host', reason: 'Phoned in sick' }),
      'en',
      CONSOLE,
    ).text;
    expect(byHost).toContain("This was recorded on Chen Xiaoyu's behalf by the coordinators at Queen Mary Hospital.");
    expect(byHost).toContain('Reason: Phoned in sick');
  });

  it('gives the visitor a copy saying so, in their language', () => {
    const en = renderEmail(
      facts({ kind: 'rotationConfirmed', audience: 'staff', recordedBy: 'programme' }),
      'en',
      CONSOLE,
    );
    expect(en.subject).toBe('Rotation confirmed for you: Cardiology');
    expect(en.text).toContain('Dear Chen Xiaoyu,');
    expect(en.text).toContain(
      'Your rotation in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026, was confirmed on your behalf by the programme office.',
    );
    const hant = renderEmail(
      facts({ kind: 'rotationDeclined', audience: 'staff', recordedBy: 'programme', reason: '家中有事' }),
      'zh-Hant',
      CONSOLE,
    );
    expect(hant.subject).toBe('輪轉安排已代為婉拒：心臟科');
    expect(hant.text).toContain(
      '計劃辦公室已代閣下婉拒於瑪麗醫院心臟科由2026年3月2日（星期一）至2026年3月27日（星期五）的輪轉安排。',
    );
    expect(hant.text).toContain('原因：家中有事');
    const hans = renderEmail(
      facts({ kind: 'rotationConfirmed', audience: 'staff', recordedBy: 'host' }),
      'zh-Hans',
      CONSOLE,
    );
    expect(hans.subject).toBe('轮转安排已代为确认：心脏科');
    expect(hans.text).toContain(
      '玛丽医院协调人员已代您确认在玛丽医院心脏科自2026年3月2日（星期一）至2026年3月27日（星期五）的轮转安排。',
    );
  });
});

describe('a placement that ends early', () => {
  const cancelledWithIt = [
    { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
    { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS },
  ];
  const ended = (overrides: Parameters<typeof facts>[0]) =>
    facts({ kind: 'placementEnded', rotation: undefined, rotations: cancelledWithIt, ...overrides });

  it('tells the coordinators the visitor withdrew, why, and which rotations were cancelled with it', () => {
    const email = renderEmail(
      ended({ audience: 'coordinators', ending: 'WITHDRAWN', reason: 'Offered a permanent post at home' }),
      undefined,
      CONSOLE,
    );
    expect(email.subject).toBe('Placement withdrawn: Chen Xiaoyu');
    expect(renderEmail(ended({ audience: 'coordinators', ending: 'WITHDRAWN' }), 'zh-Hant', CONSOLE).subject).toBe(
      '陳曉雨已撤回交流安排',
    );
    expect(email.text).toContain(
      'Chen Xiaoyu has withdrawn from the placement at Queen Mary Hospital under the programme "Guangdong-Hong Kong Nurse Exchange 2026", from Monday, 2 March 2026 to Friday, 15 January 2027.',
    );
    expect(email.text).toContain('Reason: Offered a permanent post at home');
    expect(email.text).toContain(
      'Rotations cancelled:\n- Cardiology: Monday, 2 March 2026 to Friday, 27 March 2026\n- Paediatrics: Monday, 6 April 2026 to Friday, 1 May 2026',
    );
    expect(email.text).toContain(
      '陳曉雨已撤回「粵港護士交流計劃2026」於瑪麗醫院的交流安排，交流期間原定由2026年3月2日（星期一）至2027年1月15日（星期五）。',
    );
    expect(email.text).toContain('已取消的輪轉：\n- 心臟科：2026年3月2日（星期一）至2026年3月27日（星期五）');
    expect(email.text).toContain(
      '陈晓雨已撤回“粤港护士交流项目2026”在玛丽医院的交流安排，交流期间原定自2026年3月2日（星期一）至2027年1月15日（星期五）。',
    );
    expect(email.html).toMatch(/<th scope="row"[^>]*>Paediatrics<\/th>/);
  });

  it('tells the visitor the programme office cancelled it', () => {
    const hans = renderEmail(ended({ audience: 'staff', ending: 'CANCELLED' }), 'zh-Hans', CONSOLE);
    expect(hans.subject).toBe('交流安排已取消：玛丽医院');
    expect(hans.text).toContain(
      '您参加“粤港护士交流项目2026”在玛丽医院的交流安排已取消，交流期间原定自2026年3月2日（星期一）至2027年1月15日（星期五）。',
    );
    expect(hans.text).toContain('下列轮转安排也已一并取消。');
    const en = renderEmail(
      ended({ audience: 'staff', ending: 'DECLINED', recordedBy: 'programme', rotations: [] }),
      'en',
      CONSOLE,
    );
    expect(en.subject).toBe('Placement declined for you: Queen Mary Hospital');
    expect(en.text).toContain('has been declined on your behalf by the programme office.');
    expect(en.text).not.toContain('Rotations cancelled');
  });
});

describe('the system’s own reasons', () => {
  it('are written in the reader’s language; a reason a person typed is shown as typed', () => {
    const cancelled = facts({ kind: 'rotationCancelled', reasonCode: 'PLACEMENT_WITHDRAWN' });
    expect(renderEmail(cancelled, 'en', CONSOLE).text).toContain('Reason: The placement was withdrawn');
    expect(renderEmail(cancelled, 'zh-Hant', CONSOLE).text).toContain('原因：交流安排已撤回');
    expect(renderEmail(cancelled, 'zh-Hans', CONSOLE).text).toContain('原因：交流安排已撤回');
    expect(renderEmail({ ...cancelled, reasonCode: 'PLACEMENT_DECLINED' }, 'zh-Hant', CONSOLE).text).toContain(
      '原因：已婉拒交流安排',
    );
    expect(renderEmail({ ...cancelled, reasonCode: 'PLACEMENT_CANCELLED' }, 'zh-Hans', CONSOLE).text).toContain(
      '原因：交流安排已取消',
    );
    expect(renderEmail({ ...cancelled, reason: 'Ward closed' }, 'zh-Hant', CONSOLE).text).toContain(
      '原因：Ward closed',
    );
    expect(renderEmail(facts({ kind: 'rotationCancelled' }), 'zh-Hant', CONSOLE).text).not.toContain('原因');
  });
});

describe('an offer with rotations already planned', () => {
  const offer = facts({
    kind: 'placementOffered',
    rotation: undefined,
    awaitingAcceptance: true,
    rotations: [
      { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
      { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS },
    ],
  });

  it('lists them, in the reader’s language, and says they are confirmed after accepting', () => {
    const hant = renderEmail(offer, 'zh-Hant', CONSOLE).text;
    expect(hant).toContain(
      '閣下獲邀參加「粵港護士交流計劃2026」，於瑪麗醫院進行交流，交流期間由2026年3月2日（星期一）至2027年1月15日（星期五）。',
    );
    expect(hant).toContain('已安排的輪轉列於下方；接受交流安排後，請逐一確認。');
    expect(hant).toContain(
      '已安排的輪轉：\n- 心臟科：2026年3月2日（星期一）至2026年3月27日（星期五）\n- 兒科：2026年4月6日（星期一）至2026年5月1日（星期五）',
    );
    const en = renderEmail({ ...offer, moreRotations: true }, 'en', CONSOLE);
    expect(en.text).toContain(
      'Rotations planned:\n- Cardiology: Monday, 2 March 2026 to Friday, 27 March 2026\n- Paediatrics: Monday, 6 April 2026 to Friday, 1 May 2026\nMore in the console.',
    );
    expect(en.html).toMatch(/<caption[^>]*>Rotations planned<\/caption>/);
  });

  it('without any, says nothing of rotations', () => {
    const text = renderEmail({ ...offer, rotations: undefined }, 'en', CONSOLE).text;
    expect(text).not.toMatch(/rotation/i);
  });

  it('a rotation of a placement not accepted yet asks to confirm it once the placement is accepted', () => {
    const scheduled = facts({ awaitingAcceptance: true });
    expect(renderEmail(scheduled, 'en', CONSOLE).text).toContain(
      'Once you have accepted the placement, please confirm it in the console, or decline it and tell us why.',
    );
    expect(renderEmail(scheduled, 'zh-Hant', CONSOLE).text).toContain(
      '接受交流安排後，請登入系統確認此安排；如未能出席，請婉拒並說明原因。',
    );
    expect(renderEmail(scheduled, 'zh-Hans', CONSOLE).text).toContain(
      '接受交流安排后，请登录系统确认此安排；如无法参加，请婉拒并说明原因。',
    );
    expect(renderEmail(facts(), 'en', CONSOLE).text).toContain('\nPlease confirm it in the console');
  });
});

describe('Chinese as Hong Kong and Guangdong readers write it', () => {
  it('a period is 由…至… / 自…至…, never in brackets, and a cancellation is 已取消', () => {
    const cancelled = facts({ kind: 'rotationCancelled' });
    expect(renderEmail(cancelled, 'zh-Hant', CONSOLE).text).toContain(
      '閣下於瑪麗醫院心臟科由2026年3月2日（星期一）至2026年3月27日（星期五）的輪轉安排已取消。',
    );
    expect(renderEmail(cancelled, 'zh-Hans', CONSOLE).text).toContain(
      '您在玛丽医院心脏科自2026年3月2日（星期一）至2026年3月27日（星期五）的轮转安排已取消。',
    );
  });

  it('a date change says 日期已更改 / 日期已变更 (not a move), and the placement period is 交流期間 / 交流期间', () => {
    const moved = facts({
      kind: 'rotationChanged',
      previous: { startDate: '2026-02-02', endDate: '2026-02-27', department: CARDIOLOGY },
    });
    const hant = renderEmail(moved, 'zh-Hant', CONSOLE).text;
    expect(hant).toContain('閣下於瑪麗醫院心臟科的輪轉日期已更改，現為');
    expect(hant).toContain('交流期間：2026年3月2日（星期一）至2027年1月15日（星期五）');
    const hans = renderEmail(moved, 'zh-Hans', CONSOLE).text;
    expect(hans).toContain('您在玛丽医院心脏科的轮转日期已变更，现为');
    expect(hans).toContain('交流期间：2026年3月2日（星期一）至2027年1月15日（星期五）');
  });

  it('greets by the name in the reader’s script, and sets a Latin name off with a space', () => {
    expect(renderEmail(facts(), 'zh-Hant', CONSOLE).text.startsWith('陳曉雨您好：\n')).toBe(true);
    const english = facts({ staffName: { en: 'Dr Visitor 1' } });
    expect(renderEmail(english, 'zh-Hant', CONSOLE).text.startsWith('Dr Visitor 1 您好：')).toBe(true);
    expect(renderEmail(english, 'zh-Hans', CONSOLE).text.startsWith('Dr Visitor 1 您好：')).toBe(true);
    expect(
      renderEmail({ ...english, kind: 'rotationConfirmed', audience: 'coordinators' }, 'zh-Hant', CONSOLE).subject,
    ).toBe('Dr Visitor 1 已確認輪轉：心臟科');
    expect(
      renderEmail(
        facts({ staffName: { en: 'Wong Ka Ming', 'zh-Hant': '黃家明' } }),
        'zh-Hant',
        CONSOLE,
      ).text.startsWith('黃家明您好：'),
    ).toBe(true);
  });
});

describe('reminders', () => {
  it('say how many days remain', () => {
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 7 }), 'en', CONSOLE).subject).toBe(
      'Your Cardiology rotation starts in 7 days',
    );
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 1 }), 'en', CONSOLE).subject).toContain(
      'starts in 1 day',
    );
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 7 }), 'zh-Hant', CONSOLE).subject).toBe(
      '提示：心臟科輪轉將於7日後開始',
    );
    expect(renderEmail(facts({ kind: 'reminderConfirm', daysUntilStart: 14 }), 'zh-Hans', CONSOLE).text).toContain(
      '将于14天后，即2026年3月2日（星期一）开始，但尚未确认',
    );
  });
});

describe('HTML safety', () => {
  it('escapes names and reasons, so nothing a user typed becomes markup', () => {
    const email = renderEmail(
      facts({
        kind: 'rotationDeclined',
        audience: 'coordinators',
        staffName: { en: '<script>alert(1)</script>' },
        reason: '"><img src=x onerror=alert(1)>',
      }),
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

describe('the footer says whom a reply reaches', () => {
  const declined = facts({ kind: 'rotationDeclined', audience: 'coordinators' });

  it('names the programme office when replies go there, and does not ask for no reply', () => {
    const en = renderEmail({ ...declined, replyTo: 'programmeOffice' }, 'en', CONSOLE).text;
    expect(en).toMatch(/Questions\? Reply to this email to reach the .* programme office\./);
    expect(en).not.toContain('Please do not reply');
    const hant = renderEmail({ ...declined, replyTo: 'programmeOffice' }, 'zh-Hant', CONSOLE).text;
    expect(hant).toMatch(/與「[^」]+」辦公室聯絡。此電郵由醫院管理局人才交流統籌系統自動發出。/);
    expect(hant).not.toMatch(/計劃\s*\d*計劃辦公室/);
    const hans = renderEmail({ ...declined, replyTo: 'programmeOffice' }, 'zh-Hans', CONSOLE).text;
    expect(hans).toMatch(/与“[^”]+”办公室联系。/);
    expect(hant).not.toContain('請勿直接回覆');
  });

  it("names the host hospital's coordinators when the programme has no office address", () => {
    const en = renderEmail({ ...declined, replyTo: 'hostCoordinators' }, 'en', CONSOLE).text;
    expect(en).toContain('Reply to this email to reach the exchange coordinators at Queen Mary Hospital.');
    expect(en).not.toContain('Please do not reply');
    const hans = renderEmail({ ...declined, replyTo: 'hostCoordinators' }, 'zh-Hans', CONSOLE).text;
    expect(hans).toContain('的交流协调人员联系。');
    expect(hans).not.toContain('请勿直接回复');
  });

  it('asks for no reply only when no one would read it', () => {
    expect(renderEmail(declined, 'en', CONSOLE).text).toContain(
      'This email was sent by the Hospital Authority Talent Exchange Coordinator. Please do not reply to it.',
    );
    expect(renderEmail(declined, 'zh-Hans', CONSOLE).text).toContain('自动发出。请勿直接回复。');
  });
});

/** Every subset of the fields a rotation change can touch (none included: the generic wording). */
const CHANGE_SETS: ChangedField[][] = Array.from({ length: 1 << CHANGED_FIELDS.length }, (_, bits) =>
  CHANGED_FIELDS.filter((_, i) => bits & (1 << i)),
);
const AUDIENCES = ['staff', 'coordinators'] as const;
const CONTACTS: (ContactRole | undefined)[] = ['programmeOffice', 'hostCoordinators', undefined];

/** Every variant of every message: kind, audience, recorded by whom, how it ended, what changed. */
function everyVariant(base: Partial<MessageFacts>): MessageFacts[] {
  return MESSAGE_KINDS.flatMap((kind) =>
    AUDIENCES.flatMap((audience) =>
      [undefined, 'programme' as const, 'host' as const].flatMap((recordedBy) =>
        (['DECLINED', 'WITHDRAWN', 'CANCELLED'] as const).flatMap((ending) =>
          (kind === 'rotationChanged' ? CHANGE_SETS : [undefined]).map((changed) =>
            facts({
              kind,
              audience,
              recordedBy,
              ending,
              changed,
              daysUntilStart: 14,
              previous: {
                startDate: '2026-02-02',
                endDate: '2026-02-27',
                department: PAEDIATRICS,
                activity: 'OBSERVATION',
                supervisor: { name: 'Dr Lee' },
              },
              ...base,
            }),
          ),
        ),
      ),
    ),
  );
}

const longest = <T>(values: T[], size: (value: T) => number) => values.reduce((a, b) => (size(b) > size(a) ? b : a));
const chars = (value: string) => [...value].length;
const longestName = (names: LocalizedName[]): LocalizedName => ({
  en: longest(names, (n) => chars(n.en)).en,
  'zh-Hant': longest(names, (n) => chars(n['zh-Hant']))['zh-Hant'],
  'zh-Hans': longest(names, (n) => chars(n['zh-Hans']))['zh-Hans'],
});

describe('subjects fit a phone’s inbox list', () => {
  // The longest names the demo data holds: real hospitals and departments, in each script.
  const host = longestName(demo.institutions.map((i) => i.names));
  const department = longestName(demo.institutions.flatMap((i) => i.departments.map((d) => d.names)));
  const staffName = longestName(
    demo.staff
      .map((p) => p.names as PersonName)
      .filter((n): n is LocalizedName => Boolean(n.en && n['zh-Hant'] && n['zh-Hans'])),
  );
  const programme = longestName(demo.programmes.map((p) => p.names));

  it('at most 60 characters in English and 30 in Chinese, every message, even with the longest names', () => {
    const variants = everyVariant({
      host,
      programme,
      staffName,
      rotation: { startDate: '2026-03-02', endDate: '2026-03-27', department, activity: 'CLINICAL' },
    });
    const tooLong: string[] = [];
    for (const variant of variants)
      for (const language of LANGUAGES) {
        const { subject } = renderEmail(variant, language, CONSOLE);
        if (chars(subject) > SUBJECT_LIMITS[language]) tooLong.push(`${language} ${variant.kind}: ${subject}`);
      }
    expect(tooLong).toEqual([]);
    expect(SUBJECT_LIMITS).toEqual({ en: 60, 'zh-Hant': 30, 'zh-Hans': 30 });
  });

  it('a long name is cut short, marked, and still leaves the subject saying what happened', () => {
    const subject = renderEmail(facts({ host, kind: 'placementOffered', rotation: undefined }), 'en', CONSOLE).subject;
    expect(subject.startsWith('Placement offered: ')).toBe(true);
    const long = renderEmail(
      facts({
        kind: 'rotationChanged',
        rotation: {
          ...facts().rotation!,
          department: { ...department, en: 'Department of Integrated Chinese-Western Medicine and Rehabilitation' },
        },
        changed: ['supervisor'],
      }),
      'en',
      CONSOLE,
    ).subject;
    expect(long).toMatch(/^New supervisor for your Department of .+… rotation$/);
    expect(chars(long)).toBeLessThanOrEqual(60);
  });

  it('names of ordinary length are never cut', () => {
    for (const variant of everyVariant({}))
      for (const language of LANGUAGES)
        expect({ kind: variant.kind, subject: renderEmail(variant, language, CONSOLE).subject }).toEqual({
          kind: variant.kind,
          subject: expect.not.stringContaining('…'),
        });
  });

  it('an email in all three languages has one short subject, in the language it opens with', () => {
    const gd = renderEmail(facts(), ['zh-Hans', 'zh-Hant', 'en'], CONSOLE);
    expect(gd.subject).toBe('新轮转安排：心脏科，3月2日起');
    expect(gd.language).toBe('zh-Hans,zh-Hant,en');
    expect(gd.fromName).toBe('医管局人才交流');
    expect(gd.text.indexOf('陈晓雨您好：')).toBeLessThan(gd.text.indexOf('陳曉雨您好：'));
    expect(gd.text.indexOf('陳曉雨您好：')).toBeLessThan(gd.text.indexOf('Dear Chen Xiaoyu,'));
    expect(gd.html).toContain('<html lang="zh-Hans">');
  });
});

describe('coordinators are greeted by the list they are on', () => {
  const declined = facts({ kind: 'rotationDeclined', audience: 'coordinators', reason: 'Exam' });
  const greeting = (contact: ContactRole | undefined, language: (typeof LANGUAGES)[number]) =>
    renderEmail({ ...declined, contact }, language, CONSOLE).text.split('\n')[0];

  it.each(LANGUAGES)('in %s: the programme office, the host hospital’s coordinators, else colleagues', (language) => {
    const expected = {
      en: [
        'Dear programme office colleagues,',
        'Dear exchange coordinators at Queen Mary Hospital,',
        'Dear colleagues,',
      ],
      'zh-Hant': ['計劃辦公室各位同事：', '瑪麗醫院各位交流統籌同事：', '各位同事：'],
      'zh-Hans': ['项目办公室各位同事：', '玛丽医院各位交流协调同事：', '各位同事：'],
    }[language];
    expect(CONTACTS.map((contact) => greeting(contact, language))).toEqual(expected);
  });
});

describe('a change of activity or supervisor alone', () => {
  const cardiology = { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY };
  const changed = (
    before: Partial<NonNullable<MessageFacts['previous']>>,
    after: Partial<NonNullable<MessageFacts['rotation']>>,
    extra: Partial<MessageFacts> = {},
  ) =>
    facts({
      kind: 'rotationChanged',
      rotationId: 'rot_1',
      rotation: { ...cardiology, activity: 'CLINICAL', supervisor: { name: 'Dr Chan Tai Man' }, ...after },
      previous: { ...cardiology, activity: 'CLINICAL', supervisor: { name: 'Dr Chan Tai Man' }, ...before },
      ...extra,
    });

  it('an activity change says so, old → new in words, and that the dates and department stay', () => {
    const email = changed({ activity: 'OBSERVATION' }, {}, { needsConfirmation: false });
    const en = renderEmail(email, 'en', CONSOLE);
    expect(en.subject).toBe('New activity for your Cardiology rotation');
    expect(en.text).toContain(
      'The activity of your rotation in Cardiology at Queen Mary Hospital is now Clinical work; previously it was Observation. Its dates and department are unchanged.',
    );
    expect(en.text).toContain('Activity: Previously Observation; Now Clinical work');
    expect(en.text).toContain('Dates: Monday, 2 March 2026 to Friday, 27 March 2026');
    expect(en.text).toContain('Your confirmation still stands: there is nothing you need to do.');
    expect(en.text).not.toMatch(/moved|new dates|confirm the new arrangement/i);
    expect(en.html).toContain('<span>Previously: <s>Observation</s></span><br><strong>Now: Clinical work</strong>');
    const hant = renderEmail(email, 'zh-Hant', CONSOLE);
    expect(hant.subject).toBe('輪轉類別已更改：心臟科');
    expect(hant.text).toContain(
      '閣下於瑪麗醫院心臟科的輪轉類別已更改：現為「臨床工作」，原為「觀摩」；日期及部門不變。',
    );
    expect(hant.text).toContain('類別：原為 觀摩；現為 臨床工作');
    expect(hant.text).toContain('閣下早前的確認仍然有效，無須再作任何行動。');
    const hans = renderEmail(email, 'zh-Hans', CONSOLE);
    expect(hans.subject).toBe('轮转类别已变更：心脏科');
    expect(hans.text).toContain('您在玛丽医院心脏科的轮转类别已变更：现为“临床工作”，原为“观摩”；日期和科室不变。');
    expect(hans.text).toContain('类别：原为 观摩；现为 临床工作');
  });

  it('a supervisor change names the new and the previous supervisor, in every language', () => {
    const email = changed(
      {},
      { supervisor: { name: 'Dr Lee Ka Wai', email: 'lee.kw@ha.example' } },
      { needsConfirmation: false },
    );
    const en = renderEmail(email, 'en', CONSOLE);
    expect(en.subject).toBe('New supervisor for your Cardiology rotation');
    expect(en.text).toContain(
      'Your rotation in Cardiology at Queen Mary Hospital has a new supervisor: Dr Lee Ka Wai; previously it was Dr Chan Tai Man. Its dates and department are unchanged.',
    );
    expect(en.text).toContain('Supervisor: Previously Dr Chan Tai Man; Now Dr Lee Ka Wai (lee.kw@ha.example)');
    const hant = renderEmail(email, 'zh-Hant', CONSOLE);
    expect(hant.subject).toBe('輪轉督導人員已更改：心臟科');
    expect(hant.text).toContain('督導人員已更改：現為Dr Lee Ka Wai，原為Dr Chan Tai Man；日期及部門不變。');
    expect(hant.text).toContain('督導人員：原為 Dr Chan Tai Man；現為 Dr Lee Ka Wai（lee.kw@ha.example）');
    const hans = renderEmail(email, 'zh-Hans', CONSOLE);
    expect(hans.subject).toBe('轮转带教老师已变更：心脏科');
    expect(hans.text).toContain('带教老师：原为 Dr Chan Tai Man；现为 Dr Lee Ka Wai（lee.kw@ha.example）');
  });

  it('a first supervisor is worded as such; "none" before', () => {
    const email = changed({ supervisor: undefined }, { supervisor: { name: 'Dr Lee Ka Wai' } });
    const en = renderEmail({ ...email, needsConfirmation: false }, 'en', CONSOLE).text;
    expect(en).toContain('Your rotation in Cardiology at Queen Mary Hospital now has a supervisor: Dr Lee Ka Wai.');
    expect(en).toContain('Supervisor: Previously none; Now Dr Lee Ka Wai');
    expect(renderEmail(email, 'zh-Hans', CONSOLE).text).toContain(
      '您在玛丽医院心脏科的轮转现由Dr Lee Ka Wai带教；日期和科室不变。',
    );
  });

  it('both at once are worded together; a rotation not confirmed yet still asks for its confirmation, by its deadline', () => {
    const email = changed(
      { activity: 'TRAINING' },
      { supervisor: { name: 'Dr Lee Ka Wai' } },
      { needsConfirmation: true, confirmBy: '2026-02-23' },
    );
    const en = renderEmail(email, 'en', CONSOLE);
    expect(en.subject).toBe('New details for your Cardiology rotation');
    expect(en.text).toContain(
      'The activity and supervisor of your rotation in Cardiology at Queen Mary Hospital have changed: it is now Clinical work, supervised by Dr Lee Ka Wai.',
    );
    expect(en.text).toContain('Next step: please confirm or decline it in the console by Monday, 23 February 2026.');
    expect(en.text).not.toContain('still stands');
    expect(renderEmail(email, 'zh-Hant', CONSOLE).text).toContain(
      '下一步：請於2026年2月23日（星期一）或之前登入系統確認或婉拒。',
    );
  });

  it('a move with a new activity is worded as the move, and shows the new activity as a change too', () => {
    const email = changed(
      { startDate: '2026-02-02', endDate: '2026-02-27', activity: 'OBSERVATION' },
      {},
      { needsConfirmation: true },
    );
    const en = renderEmail(email, 'en', CONSOLE);
    expect(en.subject).toBe('New dates for your Cardiology rotation');
    expect(en.text).toContain('The dates of your rotation in Cardiology at Queen Mary Hospital have changed');
    expect(en.text).toContain('Activity: Previously Observation; Now Clinical work');
  });
});

describe('a rotation plan scheduled', () => {
  const plan = facts({
    kind: 'rotationsScheduled',
    rotation: undefined,
    rotations: [
      { startDate: '2026-03-02', endDate: '2026-03-27', department: CARDIOLOGY },
      { startDate: '2026-04-06', endDate: '2026-05-01', department: PAEDIATRICS },
    ],
    confirmBy: '2026-02-23',
  });

  it('lists every rotation in one email, links to the placement, and asks to confirm each, the first by a date', () => {
    const email = renderEmail(plan, 'en', CONSOLE);
    expect(email.subject).toBe('New rotations at Queen Mary Hospital');
    expect(email.text).toContain('The rotations listed below have been scheduled for you at Queen Mary Hospital.');
    expect(email.text).toContain(
      'Rotations planned:\n- Cardiology: Monday, 2 March 2026 to Friday, 27 March 2026\n- Paediatrics: Monday, 6 April 2026 to Friday, 1 May 2026',
    );
    expect(email.text).toContain(
      'Next step: please confirm or decline each of them in the console, the first by Monday, 23 February 2026.',
    );
    expect(email.text).toContain(`Open the placement at Queen Mary Hospital in the console: ${LINK}`);
    expect(email.html).toContain(
      '<caption style="text-align:left;font-weight:bold;padding:8px 0">Rotations planned</caption>',
    );
  });

  it('does so in Chinese too', () => {
    const hant = renderEmail(plan, 'zh-Hant', CONSOLE);
    expect(hant.subject).toBe('新輪轉安排：瑪麗醫院');
    expect(hant.text).toContain('已為閣下安排於瑪麗醫院進行下列輪轉。');
    expect(hant.text).toContain('- 兒科：2026年4月6日（星期一）至2026年5月1日（星期五）');
    expect(hant.text).toContain('第一項輪轉請於2026年2月23日（星期一）或之前回覆。');
    const hans = renderEmail(plan, 'zh-Hans', CONSOLE);
    expect(hans.subject).toBe('新轮转安排：玛丽医院');
    expect(hans.text).toContain('已为您安排在玛丽医院进行下列轮转。');
    expect(hans.text).toContain('- 儿科：2026年4月6日（星期一）至2026年5月1日（星期五）');
  });

  it('asks only once the placement is accepted, while it is offered', () => {
    const email = renderEmail({ ...plan, awaitingAcceptance: true }, 'en', CONSOLE);
    expect(email.text).toContain(
      'Once you have accepted the placement, please confirm each of them in the console, or decline one and tell us why.',
    );
    expect(email.text).not.toContain('Next step');
  });
});
