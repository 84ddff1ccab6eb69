/** What the visitor's screens look up by id, from the one GET /v1/me. */
import { useMemo } from 'react';
import type { Department, Institution, Me, Programme, Rotation } from './queries';

export interface Lookup {
  institution(id: string): Institution | undefined;
  department(id: string): Department | undefined;
  programme(id: string): Programme | undefined;
}

export function useLookup(me: Me | undefined): Lookup {
  return useMemo(() => {
    const institutions = new Map(me?.institutions.map((i) => [i.institutionId, i]));
    const departments = new Map(me?.departments.map((d) => [d.departmentId, d]));
    const programmes = new Map(me?.programmes.map((p) => [p.programmeId, p]));
    return {
      institution: (id) => institutions.get(id),
      department: (id) => departments.get(id),
      programme: (id) => programmes.get(id),
    };
  }, [me]);
}

const ORDER: Record<Rotation['status'], number> = {
  SCHEDULED: 0,
  CONFIRMED: 1,
  COMPLETED: 2,
  DECLINED: 3,
  CANCELLED: 4,
};

/** Awaiting confirmation first, then the rest; each group by start date. */
export function inScheduleOrder(rotations: readonly Rotation[]): Rotation[] {
  const group = (r: Rotation) => (r.status === 'SCHEDULED' ? 0 : r.status === 'CONFIRMED' ? 1 : 2);
  return [...rotations].sort(
    (a, b) => group(a) - group(b) || a.startDate.localeCompare(b.startDate) || ORDER[a.status] - ORDER[b.status],
  );
}

/** Days of [from, to] not covered by any of the periods, as ranges (calendar dates). */
export function uncovered(
  from: string,
  to: string,
  periods: readonly { validFrom: string; validTo: string }[],
): { from: string; to: string }[] {
  const addDays = (date: string, days: number) => {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  const sorted = periods
    .filter((p) => p.validTo >= from && p.validFrom <= to)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const gaps: { from: string; to: string }[] = [];
  let next = from;
  for (const p of sorted) {
    if (p.validFrom > next) gaps.push({ from: next, to: addDays(p.validFrom, -1) });
    if (p.validTo >= next) next = addDays(p.validTo, 1);
    if (next > to) break;
  }
  if (next <= to) gaps.push({ from: next, to });
  return gaps;
}
