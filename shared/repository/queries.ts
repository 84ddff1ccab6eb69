/**
 * Lists: paginated queries on the table's indexes (each access pattern is documented next to
 * its key in shared/table.ts). Index reads are eventually consistent: lists show, rules never
 * rely on them.
 */
import type { AuditRecord, Department, Institution, Programme, Rotation, Staff } from '../schemas';
import { indexKeys, indexSortKeys, keys, sortKeys } from '../table';
import { queryAll, queryPage, type Item, type Page } from './dynamo';
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
  listPlacements: (programmeId: string, o: ListOptions & { status?: string; institutionId?: string }) => {
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (o.status) {
      conditions.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = o.status;
    }
    if (o.institutionId) {
      conditions.push('(hostInstitutionId = :inst OR homeInstitutionId = :inst)');
      values[':inst'] = o.institutionId;
    }
    return queryPage({
      index: 'GSI1',
      partition: indexKeys.placementsOfProgramme(programmeId),
      limit: o.limit,
      cursor: o.cursor,
      filter: conditions.length
        ? { expression: conditions.join(' AND '), names: Object.keys(names).length ? names : undefined, values }
        : undefined,
    }).then((page) => ({
      items: page.items.map((item) => publicPlacement(toEntity<PlacementRecord>(item))),
      nextCursor: page.nextCursor,
    }));
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
