import { formatDate, formatPeriod } from '../../../shared/notifications/dates';

describe('dates as a local reader writes them', () => {
  it('writes English as "Monday, 2 March 2026"', () => {
    expect(formatDate('2026-03-02', 'en')).toBe('Monday, 2 March 2026');
    expect(formatDate('2026-12-31', 'en')).toBe('Thursday, 31 December 2026');
  });

  it('writes Traditional and Simplified Chinese as 2026年3月2日（星期一）', () => {
    expect(formatDate('2026-03-02', 'zh-Hant')).toBe('2026年3月2日（星期一）');
    expect(formatDate('2026-03-02', 'zh-Hans')).toBe('2026年3月2日（星期一）');
    expect(formatDate('2026-03-08', 'zh-Hant')).toBe('2026年3月8日（星期日）');
  });

  it('knows leap days and weekdays across years', () => {
    expect(formatDate('2028-02-29', 'en')).toBe('Tuesday, 29 February 2028');
    expect(formatDate('2027-01-01', 'zh-Hans')).toBe('2027年1月1日（星期五）');
  });

  it('writes a period from first to last day', () => {
    expect(formatPeriod('2026-03-02', '2026-03-27', 'en')).toBe('Monday, 2 March 2026 to Friday, 27 March 2026');
    expect(formatPeriod('2026-03-02', '2026-03-27', 'zh-Hant')).toBe('2026年3月2日（星期一）至2026年3月27日（星期五）');
  });

  it('refuses something that is not a date rather than writing nonsense', () => {
    expect(() => formatDate('2 March 2026', 'en')).toThrow(/Not a calendar date/);
  });
});
