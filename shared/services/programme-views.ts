/**
 * The coordinators' views of a programme and of a host's capacity, each one request whatever the
 * number of visitors: the programme's placements and rotations are read whole (two Queries, run
 * together), the people and departments they name in BatchGets, and the view is cut from that.
 * A hospital coordinator reads only what its institution hosts or sends (policy.confinedInstitution).
 */
import type * as z from 'zod/mini';
import type { Principal } from '../auth/principal';
import { authorizeInstitutionOccupancy, confinedInstitution } from '../auth/policy';
import { eachDay, lengthInDays } from '../domain/dates';
import * as clock from '../clock';
import { attentionFlags, matchesPerson } from '../domain/attention';
import { validation } from '../errors';
import { views } from '../repository/views';
import { PLACEMENT_STATUSES, type Placement, type Rotation, type Staff } from '../schemas';
import {
  MAX_INSTITUTION_OCCUPANCY_DAYS,
  OVERVIEW_LIST_SIZE,
  type InstitutionOccupancy,
  type OverviewEntry,
  type ProgrammeOverview,
  type ProgrammeSchedule,
  type VisitorRow,
  type VisitorsPage,
  type VisitorsQuery,
} from '../view-schemas';
import { getInstitution } from './institutions';
import { getProgramme } from './programmes';

interface Picture {
  programmeId: string;
  placements: Placement[];
  rotationsByPlacement: Map<string, Rotation[]>;
  staff: Map<string, Staff>;
}

/** The programme as the caller may see it: placements, rotations and the people, in two rounds. */
async function pictureOf(principal: Principal, programmeId: string): Promise<Picture> {
  const institutionId = confinedInstitution(principal);
  const [programme, placements, rotations] = await Promise.all([
    getProgramme(programmeId),
    views.placementsOfProgramme(programmeId, institutionId),
    views.rotationsOfProgramme(programmeId, institutionId),
  ]);
  const staff = await views.staffByIds(placements.map((p) => p.staffId));
  const rotationsByPlacement = new Map<string, Rotation[]>();
  for (const rotation of rotations) {
    const list = rotationsByPlacement.get(rotation.placementId) ?? [];
    list.push(rotation);
    rotationsByPlacement.set(rotation.placementId, list);
  }
  return { programmeId: programme.programmeId, placements, rotationsByPlacement, staff };
}

function visitorOf(staff: Staff | undefined, placement: Placement): z.infer<typeof VisitorRow>['visitor'] {
  if (!staff)
    return {
      staffId: placement.staffId,
      names: { en: placement.staffId },
      discipline: 'DOCTOR',
      specialty: '',
      homeInstitutionId: placement.homeInstitutionId,
      email: '',
    };
  const { staffId, names, discipline, specialty, homeInstitutionId, email } = staff;
  return { staffId, names, discipline, specialty, homeInstitutionId, email };
}

/**
 * Rows are cut from the whole list, so a cursor is the last row's placement id: anything that is
 * not one of this list's rows is a 400.
 */
function pageOf<T extends { placement: Placement }>(rows: T[], limit: number, cursor: string | undefined) {
  let start = 0;
  if (cursor) {
    const at = rows.findIndex((row) => row.placement.placementId === cursor);
    if (at < 0) throw validation('The cursor is not one this list returned', [{ path: 'cursor', message: 'unknown' }]);
    start = at + 1;
  }
  const items = rows.slice(start, start + limit);
  const nextCursor = start + limit < rows.length ? items[items.length - 1]?.placement.placementId : undefined;
  return { items, ...(nextCursor ? { nextCursor } : {}) };
}

// ---------- the visitors list ----------

export async function programmeVisitors(
  principal: Principal,
  programmeId: string,
  query: z.infer<typeof VisitorsQuery>,
): Promise<z.infer<typeof VisitorsPage>> {
  const picture = await pictureOf(principal, programmeId);
  const today = clock.today();
  const specialty = query.specialty?.toLowerCase();
  const rows: VisitorRow[] = [];
  for (const placement of picture.placements) {
    const visitor = visitorOf(picture.staff.get(placement.staffId), placement);
    const rotations = picture.rotationsByPlacement.get(placement.placementId) ?? [];
    const flags = attentionFlags(placement, rotations, today);
    if (query.status && placement.status !== query.status) continue;
    if (query.hostInstitutionId && placement.hostInstitutionId !== query.hostInstitutionId) continue;
    if (query.discipline && visitor.discipline !== query.discipline) continue;
    if (specialty && !visitor.specialty.toLowerCase().includes(specialty)) continue;
    if (query.flag && !flags.includes(query.flag)) continue;
    if (query.q && !matchesPerson(query.q, visitor)) continue;
    const rotationCounts = { SCHEDULED: 0, CONFIRMED: 0, DECLINED: 0, CANCELLED: 0, COMPLETED: 0 };
    for (const rotation of rotations) rotationCounts[rotation.status] += 1;
    rows.push({ placement, visitor, rotationCounts, flags });
  }
  return { ...pageOf(rows, query.limit, query.cursor), total: rows.length };
}

// ---------- the overview ----------

export async function programmeOverview(
  principal: Principal,
  programmeId: string,
): Promise<z.infer<typeof ProgrammeOverview>> {
  const picture = await pictureOf(principal, programmeId);
  const today = clock.today();
  const entry = (placement: Placement, rotation?: Rotation): OverviewEntry => {
    const visitor = visitorOf(picture.staff.get(placement.staffId), placement);
    return {
      placementId: placement.placementId,
      staffId: placement.staffId,
      visitor: visitor.names,
      hostInstitutionId: placement.hostInstitutionId,
      startDate: rotation?.startDate ?? placement.startDate,
      endDate: rotation?.endDate ?? placement.endDate,
      status: rotation?.status ?? placement.status,
      ...(rotation ? { rotationId: rotation.rotationId, departmentId: rotation.departmentId } : {}),
      ...(rotation?.declineReason ? { reason: rotation.declineReason } : {}),
      ...(!rotation && placement.warnings?.length ? { warnings: placement.warnings } : {}),
    };
  };
  const awaiting: OverviewEntry[] = [];
  const declined: OverviewEntry[] = [];
  const soon: OverviewEntry[] = [];
  const permits: OverviewEntry[] = [];
  for (const placement of picture.placements) {
    const rotations = picture.rotationsByPlacement.get(placement.placementId) ?? [];
    const flags = attentionFlags(placement, rotations, today);
    if (flags.includes('awaitingConfirmation'))
      for (const r of rotations) if (r.status === 'SCHEDULED') awaiting.push(entry(placement, r));
    if (flags.includes('declinedRotation'))
      for (const r of rotations) if (r.status === 'DECLINED') declined.push(entry(placement, r));
    if (flags.includes('startingSoon')) soon.push(entry(placement));
    if (flags.includes('permitWarning')) permits.push(entry(placement));
  }
  const byStart = (a: OverviewEntry, b: OverviewEntry) => a.startDate.localeCompare(b.startDate);
  const listed = [awaiting, declined, soon, permits].map((list) => list.sort(byStart).slice(0, OVERVIEW_LIST_SIZE));
  // Department names only for what is listed: one BatchGet.
  const departments = new Map(
    (await views.departmentsByIds(listed.flat().flatMap((e) => (e.departmentId ? [e.departmentId] : [])))).map((d) => [
      d.departmentId,
      d.names,
    ]),
  );
  const named = (list: OverviewEntry[]) =>
    list.map((e) => {
      const department = e.departmentId ? departments.get(e.departmentId) : undefined;
      return department ? { ...e, department } : e;
    });
  const figure = (all: OverviewEntry[], i: number) => ({ count: all.length, items: named(listed[i]!) });
  return {
    programmeId: picture.programmeId,
    today,
    visitors: picture.placements.length,
    pipeline: PLACEMENT_STATUSES.map((status) => ({
      status,
      count: picture.placements.filter((p) => p.status === status).length,
    })),
    awaitingConfirmation: figure(awaiting, 0),
    declinedRotations: figure(declined, 1),
    startingSoon: figure(soon, 2),
    permitWarnings: figure(permits, 3),
  };
}

// ---------- the schedule board ----------

export async function programmeSchedule(
  principal: Principal,
  programmeId: string,
  query: { limit: number; cursor?: string },
): Promise<z.infer<typeof ProgrammeSchedule>> {
  const picture = await pictureOf(principal, programmeId);
  const rows = picture.placements.map((placement) => ({
    placement,
    visitor: visitorOf(picture.staff.get(placement.staffId), placement),
    // A cancelled rotation holds nothing and needs nothing: the board leaves it out.
    rotations: (picture.rotationsByPlacement.get(placement.placementId) ?? []).filter((r) => r.status !== 'CANCELLED'),
  }));
  const page = pageOf(rows, query.limit, query.cursor);
  const departments = await views.departmentsByIds(
    page.items.flatMap((row) => row.rotations.map((r) => r.departmentId)),
  );
  return { programmeId: picture.programmeId, ...page, departments };
}

// ---------- a host's capacity ----------

export async function institutionOccupancy(
  principal: Principal,
  institutionId: string,
  from: string,
  to: string,
): Promise<z.infer<typeof InstitutionOccupancy>> {
  if (lengthInDays(from, to) > MAX_INSTITUTION_OCCUPANCY_DAYS)
    throw validation(`Ask for at most ${MAX_INSTITUTION_OCCUPANCY_DAYS} days at a time`, [
      { path: 'to', message: 'range too long' },
    ]);
  authorizeInstitutionOccupancy(principal, institutionId);
  const [institution, departments] = await Promise.all([
    getInstitution(institutionId),
    views.departmentsOfInstitution(institutionId),
  ]);
  const books = await views.dayBooksOf(
    departments.map((d) => d.departmentId),
    { startDate: from, endDate: to },
  );
  const rotationIds = new Set([...books.values()].flatMap((book) => [...book.values()].flat()));
  const rotations = await views.rotationsByIds(rotationIds);
  const staff = await views.staffByIds(rotations.map((r) => r.staffId));
  const days = [...eachDay(from, to)];
  return {
    institutionId: institution.institutionId,
    from,
    to,
    departments: departments.map((department) => {
      const book = books.get(department.departmentId)!;
      return {
        department,
        days: days.map((date) => {
          const held = [...(book.get(date) ?? [])];
          return { date, booked: held.length, rotationIds: held };
        }),
      };
    }),
    rotations: rotations.map((r) => ({
      rotationId: r.rotationId,
      placementId: r.placementId,
      programmeId: r.programmeId,
      staffId: r.staffId,
      visitor: staff.get(r.staffId)?.names ?? { en: r.staffId },
      departmentId: r.departmentId,
      startDate: r.startDate,
      endDate: r.endDate,
      status: r.status,
      activity: r.activity,
    })),
  };
}
