/** Which days of a period some credentials leave uncovered, as ranges (the placement page's gaps). */
export interface DayRange {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (t: number) => new Date(t).toISOString().slice(0, 10);

export function uncoveredRanges(
  period: { startDate: string; endDate: string },
  validity: { validFrom: string; validTo: string }[],
): DayRange[] {
  const ranges: DayRange[] = [];
  for (let t = time(period.startDate); t <= time(period.endDate); t += DAY) {
    const day = dateOf(t);
    if (validity.some((c) => c.validFrom <= day && day <= c.validTo)) continue;
    const last = ranges[ranges.length - 1];
    if (last && time(last.to) + DAY === t) last.to = day;
    else ranges.push({ from: day, to: day });
  }
  return ranges;
}

/** Where a sub-period sits on a period, in percent (for bars). */
export function span(period: { startDate: string; endDate: string }, from: string, to: string) {
  const total = time(period.endDate) - time(period.startDate) + DAY;
  const start = Math.max(time(from), time(period.startDate));
  const end = Math.min(time(to), time(period.endDate)) + DAY;
  return { left: ((start - time(period.startDate)) / total) * 100, width: Math.max(0, ((end - start) / total) * 100) };
}
