import {
  addDays,
  dayAttribute,
  dateOfDayAttribute,
  eachDay,
  lengthInDays,
  monthsOf,
  todayInHongKong,
} from '../../shared/domain/dates';

describe('calendar dates', () => {
  it('does date arithmetic across leap days and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(lengthInDays('2027-03-01', '2027-03-01')).toBe(1);
    expect([...eachDay('2027-02-27', '2027-03-02')]).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
  });

  it('lists the months a period touches', () => {
    expect(monthsOf('2026-11-20', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2027-05-01', '2027-05-31')).toEqual(['2027-05']);
  });

  it('knows the Hong Kong date when UTC is still on the day before', () => {
    expect(todayInHongKong(new Date('2027-03-01T16:30:00Z'))).toBe('2027-03-02');
    expect(todayInHongKong(new Date('2027-03-01T15:59:00Z'))).toBe('2027-03-01');
  });

  it('round-trips day-book attribute names', () => {
    expect(dayAttribute('2027-03-02')).toBe('d20270302');
    expect(dateOfDayAttribute('d20270302')).toBe('2027-03-02');
  });
});
