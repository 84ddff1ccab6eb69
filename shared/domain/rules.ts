/**
 * The rules of the exchange (DESIGN "Rules the API enforces"), as pure functions that return
 * every broken rule, not just the first, with the ids and dates involved. No I/O: the services
 * read what the rules need and the repository's conditional writes keep ROTATION_OVERLAP and
 * CAPACITY_EXCEEDED true
 * under concurrency.
 */
import type { Violation } from '../errors';
import type { Credential, Department, Institution, Placement, Programme, Rotation, Staff } from '../schemas';
import { PLACEMENT_CONFIRMABLE, PLACEMENT_SCHEDULABLE } from './lifecycle';
import { addDays, eachDay, lengthInDays, within, type Period } from './dates';
import { MAX_ROTATION_DAYS } from '../table';

/** Live rotations per day: date → rotation ids. */
export type DayBook = ReadonlyMap<string, readonly string[]>;

export interface DayRange {
  from: string;
  to: string;
}

/** Consecutive dates folded into ranges, so a violation reads "2026-03-02 to 2026-03-20". */
export function toRanges(dates: Iterable<string>): DayRange[] {
  const ranges: DayRange[] = [];
  let previous: string | undefined;
  for (const date of [...dates].sort()) {
    const last = ranges[ranges.length - 1];
    if (last && previous && lengthInDays(previous, date) === 2) last.to = date;
    else ranges.push({ from: date, to: date });
    previous = date;
  }
  return ranges;
}

const describeRanges = (ranges: DayRange[]) =>
  ranges
    .slice(0, 5)
    .map((r) => (r.from === r.to ? r.from : `${r.from} to ${r.to}`))
    .join(', ') + (ranges.length > 5 ? ` and ${ranges.length - 5} more` : '');

// ---------- placements: window, direction, entry permit ----------

export interface PlacementFacts {
  placement: Period & { placementId?: string };
  programme: Programme;
  staff: Staff;
  /** The region the person comes from (their home institution's). */
  homeRegion: Institution['region'];
  host: Institution;
  /** Live rotations already in the placement (for a change of its period). */
  rotations?: readonly (Period & { rotationId: string })[];
}

export function checkPlacement(facts: PlacementFacts): Violation[] {
  const { placement, programme, staff, homeRegion, host } = facts;
  const violations: Violation[] = [];
  if (programme.status === 'CLOSED') {
    violations.push({
      code: 'PROGRAMME_CLOSED',
      message: `Programme ${programme.programmeId} is closed to new placements`,
      details: { programmeId: programme.programmeId },
    });
  }
  if (!within(placement, programme)) {
    violations.push({
      code: 'OUTSIDE_PROGRAMME_WINDOW',
      message: `The placement (${placement.startDate} to ${placement.endDate}) must lie inside the programme window ${programme.startDate} to ${programme.endDate}`,
      details: {
        programmeId: programme.programmeId,
        startDate: placement.startDate,
        endDate: placement.endDate,
        windowStart: programme.startDate,
        windowEnd: programme.endDate,
      },
    });
  }
  const [origin, destination] = programme.direction === 'GD_TO_HK' ? ['GD', 'HK'] : ['HK', 'GD'];
  if (homeRegion !== origin) {
    violations.push({
      code: 'DIRECTION_MISMATCH',
      message: `Programme ${programme.programmeId} (${programme.direction}) takes staff from ${origin}; ${staff.staffId}'s home institution ${staff.homeInstitutionId} is in ${homeRegion}`,
      details: {
        staffId: staff.staffId,
        homeInstitutionId: staff.homeInstitutionId,
        homeRegion,
        expectedRegion: origin,
      },
    });
  }
  if (host.region !== destination) {
    violations.push({
      code: 'DIRECTION_MISMATCH',
      message: `Programme ${programme.programmeId} (${programme.direction}) places staff in ${destination}; host ${host.institutionId} is in ${host.region}`,
      details: { hostInstitutionId: host.institutionId, hostRegion: host.region, expectedRegion: destination },
    });
  }
  for (const rotation of facts.rotations ?? []) {
    if (!within(rotation, placement)) {
      violations.push({
        code: 'ROTATION_OUTSIDE_PLACEMENT',
        message: `Rotation ${rotation.rotationId} (${rotation.startDate} to ${rotation.endDate}) would fall outside the placement period ${placement.startDate} to ${placement.endDate}`,
        details: { rotationId: rotation.rotationId, startDate: rotation.startDate, endDate: rotation.endDate },
      });
    }
  }
  const uncovered = uncoveredDays(placement, staff.credentials, host.region, (c) => c.type === 'ENTRY_PERMIT');
  if (uncovered.length > 0) {
    violations.push({
      code: 'ENTRY_PERMIT_NOT_COVERING',
      severity: 'warning',
      message: `${staff.staffId} has no entry permit for ${host.region} covering ${describeRanges(uncovered)}`,
      details: { staffId: staff.staffId, region: host.region, uncovered },
    });
  }
  return violations;
}

// ---------- rotations: period, department, overlap, capacity, credentials ----------

export interface RotationFacts {
  rotation: Period & { rotationId: string; departmentId: string; activity: Rotation['activity'] };
  /**
   * The placement's state and period (PLACEMENT_NOT_SCHEDULABLE, OUTSIDE_PLACEMENT_PERIOD), or undefined when they were not read: the
   * write then asserts them in its transaction (see write.placementSchedule).
   */
  placement: Pick<Placement, 'placementId' | 'status' | 'startDate' | 'endDate'> | undefined;
  hostInstitutionId: string;
  department: Pick<Department, 'departmentId' | 'institutionId' | 'capacity'>;
  staff: { staffId: string; credentials: readonly CredentialPeriod[] };
  hostRegion: Institution['region'];
  /** Live rotations per day in the department, over the rotation's months; undefined when not read (the day-book conditions hold CAPACITY_EXCEEDED). */
  departmentDays: DayBook | undefined;
  /** Live rotations per day of the staff member (all placements and programmes); undefined when not read (the day-book conditions hold ROTATION_OVERLAP). */
  staffDays: DayBook | undefined;
}

/**
 * Every broken rule the facts show. Facts left undefined are not judged here: the write's
 * transaction conditions enforce them, and a write that fails them is re-planned with them read.
 */
export function checkRotation(facts: RotationFacts): Violation[] {
  const { rotation, placement, department, staff } = facts;
  const violations: Violation[] = [];

  if (placement && !PLACEMENT_SCHEDULABLE.includes(placement.status)) {
    violations.push({
      code: 'PLACEMENT_NOT_SCHEDULABLE',
      message: `Placement ${placement.placementId} is ${placement.status}; rotations can be scheduled only while it is ${PLACEMENT_SCHEDULABLE.join(', ')}`,
      details: { placementId: placement.placementId, status: placement.status },
    });
  }
  const length = lengthInDays(rotation.startDate, rotation.endDate);
  if (length > MAX_ROTATION_DAYS) {
    violations.push({
      code: 'ROTATION_TOO_LONG',
      message: `A rotation lasts at most ${MAX_ROTATION_DAYS} days; this one lasts ${length}`,
      details: { days: length, maxDays: MAX_ROTATION_DAYS },
    });
  }
  if (placement && !within(rotation, placement)) {
    violations.push({
      code: 'OUTSIDE_PLACEMENT_PERIOD',
      message: `The rotation (${rotation.startDate} to ${rotation.endDate}) must lie inside placement ${placement.placementId}'s period ${placement.startDate} to ${placement.endDate}`,
      details: {
        placementId: placement.placementId,
        startDate: rotation.startDate,
        endDate: rotation.endDate,
        placementStart: placement.startDate,
        placementEnd: placement.endDate,
      },
    });
  }
  if (department.institutionId !== facts.hostInstitutionId) {
    violations.push({
      code: 'DEPARTMENT_NOT_AT_HOST',
      message: `Department ${department.departmentId} belongs to ${department.institutionId}, not to the host institution ${facts.hostInstitutionId}`,
      details: {
        departmentId: department.departmentId,
        institutionId: department.institutionId,
        hostInstitutionId: facts.hostInstitutionId,
      },
    });
  }
  // Long impossible rotations would make the day loops below large; their verdict is already clear.
  if (length > MAX_ROTATION_DAYS) return violations;

  const clashes = new Map<string, string[]>(); // other rotation → overlapping days
  const fullDays: string[] = [];
  const fullWith = new Set<string>();
  for (const day of eachDay(rotation.startDate, rotation.endDate)) {
    for (const other of facts.staffDays?.get(day) ?? []) {
      if (other !== rotation.rotationId) clashes.set(other, [...(clashes.get(other) ?? []), day]);
    }
    const others = (facts.departmentDays?.get(day) ?? []).filter((id) => id !== rotation.rotationId);
    if (others.length + 1 > department.capacity) {
      fullDays.push(day);
      for (const id of others) fullWith.add(id);
    }
  }
  for (const [otherRotationId, days] of clashes) {
    const ranges = toRanges(days);
    violations.push({
      code: 'ROTATION_OVERLAP',
      message: `${staff.staffId} is already in rotation ${otherRotationId} on ${describeRanges(ranges)}`,
      details: { staffId: staff.staffId, conflictingRotationId: otherRotationId, days: ranges },
    });
  }
  if (fullDays.length > 0) {
    const ranges = toRanges(fullDays);
    violations.push({
      code: 'CAPACITY_EXCEEDED',
      message: `Department ${department.departmentId} hosts at most ${department.capacity} visitor(s) a day and is full on ${describeRanges(ranges)}`,
      details: {
        departmentId: department.departmentId,
        capacity: department.capacity,
        days: ranges,
        rotationIds: [...fullWith].sort(),
      },
    });
  }
  if (rotation.activity === 'CLINICAL') {
    const uncovered = uncoveredDays(rotation, staff.credentials, facts.hostRegion, licensesPractice);
    if (uncovered.length > 0) {
      violations.push({
        code: 'CREDENTIAL_NOT_VALID',
        message: `A CLINICAL rotation needs a registration or licence valid in ${facts.hostRegion} on every day; ${staff.staffId} has none on ${describeRanges(uncovered)}`,
        details: { staffId: staff.staffId, region: facts.hostRegion, uncovered },
      });
    }
  }
  return violations;
}

// ---------- a rotation plan: several rotations of one placement at once ----------

export interface RotationPlanFacts
  extends Pick<RotationFacts, 'placement' | 'hostInstitutionId' | 'staff' | 'hostRegion'> {
  /** The plan's rotations, in the order asked (each with the id it will be stored under). */
  rotations: readonly RotationFacts['rotation'][];
  departments: ReadonlyMap<string, RotationFacts['department']>;
  /** Live rotations per day of each department, over the plan's rotations' months. */
  departmentDays: ReadonlyMap<string, DayBook>;
  /** Live rotations per day of the person; undefined when not read (the day-book conditions hold ROTATION_OVERLAP with them). */
  staffDays: DayBook | undefined;
}

/** A day book with some planned rotations' days added. */
function withPlanned(book: DayBook | undefined, planned: readonly RotationFacts['rotation'][]): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const [day, ids] of book ?? []) days.set(day, [...ids]);
  for (const rotation of planned) {
    if (lengthInDays(rotation.startDate, rotation.endDate) > MAX_ROTATION_DAYS) continue;
    for (const day of eachDay(rotation.startDate, rotation.endDate))
      days.set(day, [...(days.get(day) ?? []), rotation.rotationId]);
  }
  return days;
}

/**
 * Every broken rule of each rotation of a plan, judged as if the others were already booked:
 * each is checked as a single rotation would be, against the department's and the person's
 * days with the plan's other rotations in them, so two of them on one person's days
 * (ROTATION_OVERLAP) or together past a department's capacity (CAPACITY_EXCEEDED) are refused,
 * each naming the other.
 */
export function checkRotationPlan(facts: RotationPlanFacts): Violation[][] {
  const { rotations } = facts;
  // The person's days: the plan's own rotations always count, even when the book was not read.
  const staffDays = withPlanned(facts.staffDays, rotations);
  const departmentDays = new Map(
    [...new Set(rotations.map((r) => r.departmentId))].map((id) => [
      id,
      withPlanned(
        facts.departmentDays.get(id),
        rotations.filter((r) => r.departmentId === id),
      ),
    ]),
  );
  return rotations.map((rotation) => {
    const department = facts.departments.get(rotation.departmentId);
    if (!department) throw new Error(`Department ${rotation.departmentId} of the plan was not read`);
    return checkRotation({
      rotation,
      placement: facts.placement,
      hostInstitutionId: facts.hostInstitutionId,
      department,
      staff: facts.staff,
      hostRegion: facts.hostRegion,
      departmentDays: departmentDays.get(rotation.departmentId),
      staffDays,
    });
  });
}

/** What the credential rules read of a credential: its kind, where and when it is valid. */
export type CredentialPeriod = Pick<Credential, 'type' | 'region' | 'validFrom' | 'validTo'>;

/** A registration or licence lets the person practise (CLINICAL work, CREDENTIAL_NOT_VALID); an entry permit does not. */
export const licensesPractice = (credential: Pick<Credential, 'type'>): boolean => credential.type !== 'ENTRY_PERMIT';

/**
 * Days of the period not covered by any matching credential valid in the region, as ranges.
 * Works on intervals, not days, so an absurd period costs no more than a short one.
 */
export function uncoveredDays(
  period: Period,
  credentials: readonly CredentialPeriod[],
  region: string,
  kind: (c: CredentialPeriod) => boolean,
): DayRange[] {
  const covering = credentials
    .filter((c) => c.region === region && kind(c) && c.validFrom <= period.endDate && c.validTo >= period.startDate)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const gaps: DayRange[] = [];
  let next = period.startDate; // the first day not yet known to be covered
  for (const credential of covering) {
    if (next > period.endDate) break;
    if (credential.validFrom > next) gaps.push({ from: next, to: addDays(credential.validFrom, -1) });
    if (credential.validTo >= next) next = addDays(credential.validTo, 1);
  }
  if (next <= period.endDate) gaps.push({ from: next, to: period.endDate });
  return gaps;
}

// ---------- programmes ----------

/**
 * A change of a programme's window: it must not end before it starts (INVALID_WINDOW), and it
 * must keep every placement still going ahead inside it (PLACEMENT_OUTSIDE_WINDOW, the other side
 * of OUTSIDE_PROGRAMME_WINDOW). `placements`: the periods of the programme's placements that did
 * not end early.
 */
export function checkProgrammeWindow(
  programme: Period & { programmeId: string },
  placements: readonly (Period & { placementId: string })[],
): Violation[] {
  const violations: Violation[] = [];
  if (programme.startDate > programme.endDate) {
    violations.push({
      code: 'INVALID_WINDOW',
      message: `The window would end (${programme.endDate}) before it starts (${programme.startDate})`,
      details: { programmeId: programme.programmeId, startDate: programme.startDate, endDate: programme.endDate },
    });
  }
  for (const placement of placements) {
    if (within(placement, programme)) continue;
    violations.push({
      code: 'PLACEMENT_OUTSIDE_WINDOW',
      message: `Placement ${placement.placementId} (${placement.startDate} to ${placement.endDate}) would fall outside the new window`,
      details: { placementId: placement.placementId, startDate: placement.startDate, endDate: placement.endDate },
    });
  }
  return violations;
}

// ---------- placement lifecycle ----------

/** A placement is complete only when none of its rotations still lies ahead of `today`. */
export function checkCompletion(
  placement: { placementId: string; rotationSpans: Record<string, Period> },
  today: string,
): Violation[] {
  const ahead = Object.entries(placement.rotationSpans).filter(([, span]) => span.endDate > today);
  if (ahead.length === 0) return [];
  return [
    {
      code: 'ROTATIONS_AHEAD',
      message: `Placement ${placement.placementId} still has ${ahead.length} rotation(s) after today; cancel or shorten them before completing it`,
      details: { placementId: placement.placementId, rotationIds: ahead.map(([id]) => id).sort() },
    },
  ];
}

/** A visitor confirms rotations only of a placement they have accepted. */
export function checkConfirmable(placement: Pick<Placement, 'placementId' | 'status'>): Violation[] {
  if (PLACEMENT_CONFIRMABLE.includes(placement.status)) return [];
  return [
    {
      code: 'PLACEMENT_NOT_ACCEPTED',
      message: `Rotations are confirmed once the placement is accepted; placement ${placement.placementId} is ${placement.status}`,
      details: { placementId: placement.placementId, status: placement.status },
    },
  ];
}

// ---------- capacity change of a department ----------

/** Days on which the department already hosts more rotations than a new capacity allows. */
export function checkCapacityChange(departmentId: string, newCapacity: number, days: DayBook): Violation[] {
  const over = [...days].filter(([, ids]) => ids.length > newCapacity);
  if (over.length === 0) return [];
  const ranges = toRanges(over.map(([day]) => day));
  return [
    {
      code: 'CAPACITY_BELOW_BOOKINGS',
      message: `Department ${departmentId} already hosts more than ${newCapacity} visitor(s) on ${describeRanges(ranges)}; move or cancel rotations first`,
      details: {
        departmentId,
        capacity: newCapacity,
        days: ranges,
        rotationIds: [...new Set(over.flatMap(([, ids]) => ids))].sort(),
      },
    },
  ];
}

export const blocking = (violations: Violation[]) => violations.filter((v) => v.severity !== 'warning');
export const warnings = (violations: Violation[]) => violations.filter((v) => v.severity === 'warning');
