import ICAL from 'ical.js';
import { escapeText, foldLine, rotationCalendar, type CalendarRotation } from '../../../shared/calendar/ics';
import { CONTROL_CHARACTERS_BUT_TAB } from '../../../shared/control-characters';
import { CARDIOLOGY, CONSOLE, NURSE, PAEDIATRICS, QMH } from './fixtures';

const base: CalendarRotation = {
  rotationId: 'rot_1',
  placementId: 'plc_1',
  startDate: '2026-03-02',
  endDate: '2026-03-27',
  status: 'CONFIRMED',
  sequence: 0,
  activity: 'CLINICAL',
  supervisor: { name: 'Dr Lam, Chief of Service; Cardiology' },
  updatedAt: '2026-01-05T02:03:04.567Z',
  department: CARDIOLOGY,
  host: QMH,
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  return { calendar, events, byUid: (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid)! };
}

describe('the calendar feed', () => {
  const ics = rotationCalendar({
    staffName: NURSE,
    language: 'en',
    consoleUrl: CONSOLE,
    rotations: [
      {
        ...base,
        rotationId: 'rot_2',
        startDate: '2026-04-06',
        endDate: '2026-05-01',
        department: PAEDIATRICS,
        status: 'SCHEDULED',
        sequence: 3,
      },
      base,
      {
        ...base,
        rotationId: 'rot_3',
        startDate: '2026-05-04',
        endDate: '2026-05-29',
        status: 'CANCELLED',
        sequence: 1,
      },
      { ...base, rotationId: 'rot_4', startDate: '2026-06-01', endDate: '2026-06-01', status: 'DECLINED' },
    ],
  });

  it('is a published Gregorian VCALENDAR with a Hong Kong time zone', () => {
    const { calendar } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Talent Exchange');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Rotations – Chen Xiaoyu');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Hong_Kong');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Hong_Kong');
    expect(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')?.toString()).toBe('+08:00');
  });

  it('has one all-day event per rotation with a stable UID and the rotation’s sequence', () => {
    const { events, byUid } = parse(ics);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'rot_1@talent-exchange',
      'rot_2@talent-exchange',
      'rot_3@talent-exchange',
      'rot_4@talent-exchange',
    ]);
    const event = new ICAL.Event(byUid('rot_2@talent-exchange'));
    expect(event.sequence).toBe(3);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-04-06');
    // DTEND of an all-day event is exclusive: the day after the last day.
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2026-05-02');
    expect(event.summary).toBe('Paediatrics, Queen Mary Hospital');
    expect(event.location).toBe('Queen Mary Hospital');
  });

  it('a one-day rotation ends the next day', () => {
    const event = new ICAL.Event(parse(ics).byUid('rot_4@talent-exchange'));
    expect(event.startDate.toString()).toBe('2026-06-01');
    expect(event.endDate.toString()).toBe('2026-06-02');
  });

  it('marks confirmed, tentative and cancelled, and words a declined rotation as declined', () => {
    const { byUid } = parse(ics);
    expect(byUid('rot_1@talent-exchange').getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(byUid('rot_2@talent-exchange').getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(byUid('rot_3@talent-exchange').getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid('rot_4@talent-exchange').getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid('rot_3@talent-exchange').getFirstPropertyValue('summary')).toBe(
      'Cancelled: Cardiology, Queen Mary Hospital',
    );
    expect(byUid('rot_4@talent-exchange').getFirstPropertyValue('summary')).toBe(
      'Declined: Cardiology, Queen Mary Hospital',
    );
    expect(byUid('rot_4@talent-exchange').getFirstPropertyValue('description')).toContain('Status: Declined');
  });

  it('words a declined rotation as declined in Chinese too, never as cancelled', () => {
    for (const [language, word] of [
      ['zh-Hant', '已婉拒'],
      ['zh-Hans', '已婉拒'],
    ] as const) {
      const feed = rotationCalendar({
        staffName: NURSE,
        language,
        consoleUrl: CONSOLE,
        rotations: [{ ...base, status: 'DECLINED' }],
      });
      const summary = String(parse(feed).events[0]!.getFirstPropertyValue('summary'));
      expect(summary.startsWith(`${word}：`)).toBe(true);
      expect(summary).not.toContain('已取消');
    }
  });

  it('raises SEQUENCE with every change of the rotation, a cancellation included', () => {
    const sequenceOf = (rotation: Partial<CalendarRotation>) =>
      parse(
        rotationCalendar({
          staffName: NURSE,
          language: 'en',
          consoleUrl: CONSOLE,
          rotations: [{ ...base, ...rotation }],
        }),
      ).events[0]!.getFirstPropertyValue('sequence');
    const scheduled = sequenceOf({ status: 'SCHEDULED', sequence: 0, version: 1 });
    const confirmed = sequenceOf({ status: 'CONFIRMED', sequence: 0, version: 2 });
    const cancelled = sequenceOf({ status: 'CANCELLED', sequence: 0, version: 3 });
    expect(scheduled).toBe(0);
    expect(Number(confirmed)).toBeGreaterThan(Number(scheduled));
    expect(Number(cancelled)).toBeGreaterThan(Number(confirmed));
    // Items without a version keep the rotation's own sequence.
    expect(sequenceOf({ sequence: 4, version: undefined })).toBe(4);
  });

  it('stamps each event with the rotation’s last change, in UTC', () => {
    expect(ics).toContain('DTSTAMP:20260105T020304Z');
  });

  it('escapes text so commas and semicolons survive the round trip', () => {
    const description = parse(ics).byUid('rot_1@talent-exchange').getFirstPropertyValue('description') as string;
    expect(description).toContain('Supervisor: Dr Lam, Chief of Service; Cardiology');
    expect(description.split('\n')).toContain('Activity: Clinical work');
    expect(description).toContain(`${CONSOLE}/rotations/rot_1`);
  });

  it('uses CRLF line endings and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('in Chinese', () => {
  it('names department and hospital in the staff member’s script, folded without breaking characters', () => {
    const longHospital = {
      en: 'x',
      'zh-Hant': '香港中文大學醫學院附屬威爾斯親王醫院綜合臨床教學及研究中心',
      'zh-Hans': 'x',
    };
    const ics = rotationCalendar({
      staffName: NURSE,
      language: 'zh-Hant',
      consoleUrl: CONSOLE,
      rotations: [{ ...base, host: longHospital }],
    });
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('輪轉安排 – 陳曉雨');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(`心臟科（${longHospital['zh-Hant']}）`);
  });
});

describe('text and folding rules', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('drops control characters, which RFC 5545 allows in no content line, and keeps tabs', () => {
    expect(escapeText('Car\u0000dio\u000blogy\u001b[31m\u007f\u0085\u009b\tward')).toBe('Cardiology[31m\tward');
    expect(escapeText('line\u2028two\u2029three')).toBe('line\\ntwo\\nthree');
  });

  it('writes no control character into any line of the feed, whatever the names hold', () => {
    const hostile = { en: 'Medicine\u0000\u000b\u001b', 'zh-Hant': '內科\u0000\u000b\u001b', 'zh-Hans': '内科\u001b' };
    const ics = rotationCalendar({
      staffName: { en: 'Chen\u0000 Xiaoyu\u001b' },
      language: 'en',
      consoleUrl: CONSOLE,
      rotations: [{ ...base, department: hostile, host: hostile, supervisor: { name: 'Dr\u000b Lam\u0085' } }],
    });
    for (const line of ics.split('\r\n')) expect(line).not.toMatch(CONTROL_CHARACTERS_BUT_TAB);
    expect(parse(ics).events[0]!.getFirstPropertyValue('summary')).toBe('Medicine, Medicine');
  });

  it('folds at 75 octets with a leading space on continuation lines, never inside a UTF-8 sequence', () => {
    const line = `SUMMARY:${'輪'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(parts.map((p, i) => (i > 0 ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
