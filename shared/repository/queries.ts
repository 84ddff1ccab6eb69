/**
 * Lists: paginated queries on the table's indexes (each access pattern is documented next to
 * its key in shared/table.ts). Index reads are eventually consistent: lists show, rules never
 * rely on them.
 */
import type { AuditRecord, Department, Institution, Placement, Rotation, Staff } from '../schemas';
import { indexKeys, indexSortKeys, keys, sortKeys } from '../table';
import { cursorAfter, cursorSortKey, queryAll, queryPage, type Item, type Page, type QuerySpec } from './dynamo';
import { toEntity } from './items';
import {
  publicPlacement,
  publicProgramme,
  publicRotation,
  type PlacementRecord,
  type ProgrammeRecord,
  type RotationRecord,
} from './records';

const pageOf = <T>(page: Page<Item>): Page<T> => ({
  items: page.items.map((item) => toEntity<T>(item)),
  nextCursor: page.nextCursor,
});
const rotationPage = (page: Page<Item>): Page<Rotation> => ({
  items: page.items.map((item) => publicRotation(toEntity<RotationRecord>(item))),
  nextCursor: page.nextCursor,
});

export interface ListOptions {
  limit: number;
  cursor?: string;
}

/**
 * The placements of a programme an institution hosts (GSI3) or sends (GSI4): one Query on each,
 * merged by start date, so a page costs the same whatever else the programme holds. The cursor
 * is the position of the last item returned, valid in both indexes; an item is returned only
 * once neither index can still hold an earlier one.
 */
async function placementsAt(
  programmeId: string,
  institutionId: string,
  limit: number,
  cursor: string | undefined,
  filter: QuerySpec['filter'],
): Promise<Page<Item>> {
  const partition = indexKeys.placementsOfProgrammeAt(programmeId, institutionId);
  const sides = [
    { index: 'GSI3', pk: 'GSI3PK', sk: 'GSI3SK' },
    { index: 'GSI4', pk: 'GSI4PK', sk: 'GSI4SK' },
  ] as const;
  const after = cursorSortKey(cursor, { index: 'GSI3', partition });
  const pages = await Promise.all(
    sides.map((side) => {
      const resume = after && cursorOfPlacementAt(side, partition, after);
      return queryPage({ index: side.index, partition, limit, cursor: resume, filter }).then((page) => ({
        side,
        page,
        reachedTo: page.nextCursor ? cursorSortKey(page.nextCursor, { index: side.index, partition }) : undefined,
      }));
    }),
  );
  // Items up to the nearer end of what each index was read to: beyond it an index may hold more.
  const bounds = pages.flatMap((p) => (p.reachedTo ? [p.reachedTo] : []));
  const bound = bounds.length ? bounds.sort()[0] : undefined;
  const merged = pages
    .flatMap(({ side, page }) => page.items.map((item) => ({ item, position: item[side.sk] as string })))
    .filter(({ position }) => bound === undefined || position <= bound)
    .sort((a, b) => a.position.localeCompare(b.position));
  const items = merged.slice(0, limit);
  const last = items.at(-1)?.position ?? bound;
  const more = merged.length > limit || bound !== undefined;
  return {
    items: items.map(({ item }) => item),
    nextCursor: more && last ? cursorOfPlacementAt(sides[0], partition, last) : undefined,
  };
}

/** The cursor that resumes a placements-at query after sort position `position` ({start}#{placementId}). */
function cursorOfPlacementAt(side: { pk: string; sk: string }, partition: string, position: string): string {
  const placementId = indexSortKeys.idByStart(position);
  return cursorAfter({ ...keys.placement(placementId), [side.pk]: partition, [side.sk]: position });
}

export const queries = {
  listInstitutions: (o: ListOptions & { region?: string }) =>
    queryPage({
      index: 'GSI1',
      partition: indexKeys.institutions,
      sortPrefix: o.region ? indexSortKeys.institutionsIn(o.region) : undefined,
      ...o,
    }).then(pageOf<Institution>),
  /** All of an institution's departments (a hospital has tens, not thousands). */
  allDepartmentsOf: (institutionId: string) =>
    queryAll({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId) }).then((found) =>
      found.map((item) => toEntity<Department>(item)),
    ),
  listDepartments: (institutionId: string, o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId), ...o }).then(pageOf<Department>),
  listProgrammes: (o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.programmes, ...o }).then((page) => ({
      items: page.items.map((item) => publicProgramme(toEntity<ProgrammeRecord>(item))),
      nextCursor: page.nextCursor,
    })),
  listStaff: (o: ListOptions & { homeInstitutionId?: string }) =>
    (o.homeInstitutionId
      ? queryPage({ index: 'GSI2', partition: indexKeys.staffFrom(o.homeInstitutionId), ...o })
      : queryPage({ index: 'GSI1', partition: indexKeys.allStaff, ...o })
    ).then(pageOf<Staff>),
  /** A programme's placements; a hospital coordinator sees only those its institution hosts or sends. */
  /** A programme's placements; a hospital coordinator sees only those its institution hosts or sends. */
  listPlacements: async (
    programmeId: string,
    o: ListOptions & { status?: string; institutionId?: string },
  ): Promise<Page<Placement>> => {
    const filter = o.status
      ? { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': o.status } }
      : undefined;
    const page = o.institutionId
      ? await placementsAt(programmeId, o.institutionId, o.limit, o.cursor, filter)
      : await queryPage({
          index: 'GSI1',
          partition: indexKeys.placementsOfProgramme(programmeId),
          limit: o.limit,
          cursor: o.cursor,
          filter,
        });
    return {
      items: page.items.map((item) => publicPlacement(toEntity<PlacementRecord>(item))),
      nextCursor: page.nextCursor,
    };
  },
  /** Every placement of a programme (bounded by a programme's batch size: 80-130 people). */
  allPlacementsOfProgramme: (programmeId: string) =>
    queryAll({ index: 'GSI1', partition: indexKeys.placementsOfProgramme(programmeId) }).then((found) =>
      found.map((item) => publicPlacement(toEntity<PlacementRecord>(item))),
    ),
  listPlacementsOfStaff: (staffId: string) =>
    queryAll({ index: 'GSI2', partition: indexKeys.placementsOfStaff(staffId) }).then((found) =>
      found.map((item) => publicPlacement(toEntity<PlacementRecord>(item))),
    ),
  listRotationsOfPlacement: (placementId: string, o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.rotationsOfPlacement(placementId), ...o }).then(rotationPage),
  listRotationsOfStaff: (staffId: string, o: ListOptions) =>
    queryPage({ index: 'GSI2', partition: indexKeys.rotationsOfStaff(staffId), ...o }).then(rotationPage),
  /** The cursor that resumes a person's rotations after this one (a page cut short by a filter). */
  cursorOfStaffRotationsAfter: (r: Pick<Rotation, 'rotationId' | 'staffId' | 'startDate'>) =>
    cursorAfter({
      ...keys.rotation(r.rotationId),
      GSI2PK: indexKeys.rotationsOfStaff(r.staffId),
      GSI2SK: indexSortKeys.byStart(r.startDate, r.rotationId),
    }),
  /** What the daily job moves by `date` (its index holds only what is still to move; see shared/table.ts). */
  dueBy: async (date: string) => {
    const found = await queryAll(
      { index: 'GSI5', partition: indexKeys.due, sortBetween: indexSortKeys.dueBy(date) },
      Number.POSITIVE_INFINITY,
    );
    return {
      placements: found.filter((item) => item.type === 'PLACEMENT').map((item) => toEntity<PlacementRecord>(item)),
      rotations: found.filter((item) => item.type === 'ROTATION').map((item) => toEntity<RotationRecord>(item)),
    };
  },
  /** A placement's audit trail, newest first. */
  listHistory: (placementId: string, o: ListOptions) =>
    queryPage({ partition: keys.placement(placementId).PK, sortPrefix: sortKeys.audit, newestFirst: true, ...o }).then(
      pageOf<AuditRecord>,
    ),
};
