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
    expect(email.subject).toBe('新輪轉安排：心臟科（瑪麗醫院）');
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
    expect(email.subject).toBe('新轮转安排：心脏科（玛丽医院）');
    expect(email.text).toContain('陈晓雨您好：');
    expect(email.text).toContain('已为您安排在玛丽医院心脏科轮转，自2026年3月2日（星期一）至2026年3月27日（星期五）。');
    expect(email.text).toContain('科室：心脏科');
    expect(email.text).not.toContain('瑪麗');
  });

  it('an unknown language gets all three, English first', () => {
    const email = renderEmail(facts(), undefined, CONSOLE);
    expect(email.language).toBe('en,zh-Hant,zh-Hans');
    expect(email.subject).toBe(
      'New rotation: Cardiology, Queen Mary Hospital / 新輪轉安排：心臟科（瑪麗醫院） / 新轮转安排：心脏科（玛丽医院）',
    );
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
    expect(email.subject).toBe('Rotation changed: Paediatrics, Queen Mary Hospital');
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
    expect(email.subject.startsWith('Chen Xiaoyu declined the rotation in Cardiology, Queen Mary Hospital')).toBe(true);
    expect(email.text).toContain('Dear coordinator,');
    expect(email.text).toContain('Reason: Family emergency;\nback in April');
    expect(email.text).toContain('各位統籌人員：');
    expect(email.text).toContain(
      '陳曉雨婉拒了於瑪麗醫院心臟科由2026年3月2日（星期一）至2026年3月27日（星期五）的輪轉安排。',
    );
    expect(email.text).toContain(
      '陈晓雨已拒绝在玛丽医院心脏科自2026年3月2日（星期一）至2026年3月27日（星期五）的轮转安排。',
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
    expect(en.subject).toBe('Your rotation in Cardiology, Queen Mary Hospital was confirmed on your behalf');
    expect(en.text).toContain('Dear Chen Xiaoyu,');
    expect(en.text).toContain(
      'Your rotation in Cardiology at Queen Mary Hospital, from Monday, 2 March 2026 to Friday, 27 March 2026, was confirmed on your behalf by the programme office.',
    );
    const hant = renderEmail(
      facts({ kind: 'rotationDeclined', audience: 'staff', recordedBy: 'programme', reason: '家中有事' }),
      'zh-Hant',
      CONSOLE,
    );
    expect(hant.subject).toBe('輪轉安排已代為婉拒：心臟科（瑪麗醫院）');
    expect(hant.text).toContain(
      '計劃辦公室已代閣下婉拒於瑪麗醫院心臟科由2026年3月2日（星期一）至2026年3月27日（星期五）的輪轉安排。',
    );
    expect(hant.text).toContain('原因：家中有事');
    const hans = renderEmail(
      facts({ kind: 'rotationConfirmed', audience: 'staff', recordedBy: 'host' }),
      'zh-Hans',
      CONSOLE,
    );
    expect(hans.subject).toBe('轮转安排已代为确认：心脏科（玛丽医院）');
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
    expect(email.subject).toBe(
      'Placement withdrawn: Chen Xiaoyu, Queen Mary Hospital / 陳曉雨已撤回交流安排：瑪麗醫院 / 陈晓雨已撤回交流安排：玛丽医院',
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
    expect(en.subject).toBe('Placement declined on your behalf: Queen Mary Hospital');
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
      '接受交流安排后，请登录系统确认此安排；如无法参加，请拒绝并说明原因。',
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
    ).toBe('Dr Visitor 1 已確認輪轉安排：心臟科（瑪麗醫院）');
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
      'Your rotation in Cardiology, Queen Mary Hospital starts in 7 days',
    );
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 1 }), 'en', CONSOLE).subject).toContain(
      'starts in 1 day',
    );
    expect(renderEmail(facts({ kind: 'reminderStart', daysUntilStart: 7 }), 'zh-Hant', CONSOLE).subject).toBe(
      '提示：心臟科（瑪麗醫院）的輪轉將於7日後開始',
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
    expect(hant).toMatch(/計劃辦事處聯絡。此電郵由醫院管理局人才交流統籌系統自動發出。/);
    expect(hant).not.toContain('請勿直接回覆');
  });

  it("names the host hospital's coordinators when the programme has no office address", () => {
    const en = renderEmail({ ...declined, replyTo: 'hostCoordinators' }, 'en', CONSOLE).text;
    expect(en).toContain('Reply to this email to reach the exchange coordinators at Queen Mary Hospital.');
    expect(en).not.toContain('Please do not reply');
    const hans = renderEmail({ ...declined, replyTo: 'hostCoordinators' }, 'zh-Hans', CONSOLE).text;
    expect(hans).toContain('的交流统筹人员联系。');
    expect(hans).not.toContain('请勿直接回复');
  });

  it('asks for no reply only when no one would read it', () => {
    expect(renderEmail(declined, 'en', CONSOLE).text).toContain(
      'This email was sent by the Hospital Authority Talent Exchange Coordinator. Please do not reply to it.',
    );
    expect(renderEmail(declined, 'zh-Hans', CONSOLE).text).toContain('自动发出。请勿直接回复。');
  });
});
