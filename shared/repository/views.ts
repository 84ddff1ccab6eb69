/**
 * Reads behind the coordinators' views (shared/table.ts lists their access patterns): a whole
 * programme's placements and rotations in a few Queries, the people and departments they name
 * in BatchGets, a host's departments and their day books. Each costs a number of calls that grows
 * with the programme or the host (through pages of 1 MB or 100 keys), never with the table.
 */
import { indexKeys, keys } from '../table';
import type { Department, Rotation, Staff } from '../schemas';
import type { Period } from '../domain/dates';
import type { DayBook } from '../domain/rules';
import { toEntity } from './items';
import { batchGet, keyString, queryAll, type Item, type Key } from './dynamo';
import { publicPlacement, publicRotation, type PlacementRecord, type RotationRecord } from './records';
import { readFacts } from './reads';

/** A programme's placements or rotations are at most a few intakes: far below this. */
const MAX_PROGRAMME_ITEMS = 20_000;

/** Only what a hospital coordinator's institution hosts or sends (placements and rotations carry both). */
const confinedTo = (institutionId: string | undefined) =>
  institutionId
    ? {
        expression: '(hostInstitutionId = :inst OR homeInstitutionId = :inst)',
        values: { ':inst': institutionId },
      }
    : undefined;

async function getMany(wanted: Key[]): Promise<Item[]> {
  const found = await batchGet(wanted);
  return wanted.flatMap((key) => {
    const item = found.get(keyString(key));
    return item ? [item] : [];
  });
}

export const views = {
  /** Every placement of a programme (the caller's share of it when confined). */
  placementsOfProgramme: async (programmeId: string, institutionId?: string) =>
    (
      await queryAll(
        {
          index: 'GSI1',
          partition: indexKeys.placementsOfProgramme(programmeId),
          filter: confinedTo(institutionId),
        },
        MAX_PROGRAMME_ITEMS,
      )
    ).map((item) => publicPlacement(toEntity<PlacementRecord>(item))),

  /** Every rotation of a programme, by start date (the caller's share of it when confined). */
  rotationsOfProgramme: async (programmeId: string, institutionId?: string): Promise<Rotation[]> =>
    (
      await queryAll(
        {
          index: 'GSI4',
          partition: indexKeys.rotationsOfProgramme(programmeId),
          filter: confinedTo(institutionId),
        },
        MAX_PROGRAMME_ITEMS,
      )
    ).map((item) => publicRotation(toEntity<RotationRecord>(item))),

  staffByIds: async (ids: Iterable<string>): Promise<Map<string, Staff>> =>
    new Map(
      (await getMany([...new Set(ids)].map(keys.staff))).map((item) => {
        const staff = toEntity<Staff>(item);
        return [staff.staffId, staff];
      }),
    ),

  departmentsByIds: async (ids: Iterable<string>): Promise<Department[]> =>
    (await getMany([...new Set(ids)].map(keys.department))).map((item) => toEntity<Department>(item)),

  rotationsByIds: async (ids: Iterable<string>): Promise<Rotation[]> =>
    (await getMany([...new Set(ids)].map(keys.rotation))).map((item) => publicRotation(toEntity<RotationRecord>(item))),

  /** A host's departments (a hospital has tens, not thousands). */
  departmentsOfInstitution: async (institutionId: string): Promise<Department[]> =>
    (await queryAll({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId) })).map((item) =>
      toEntity<Department>(item),
    ),

  /**
   * The day books of several departments over a period, in one BatchGet round: per department,
   * each day of the period that some live rotation holds → those rotations.
   */
  dayBooksOf: async (departmentIds: readonly string[], period: Period): Promise<Map<string, DayBook>> => {
    const { books } = await readFacts(
      {},
      departmentIds.map((ownerId) => ({ kind: 'department' as const, ownerId, period })),
    );
    return new Map(departmentIds.map((id, i) => [id, books[i]!]));
  },
};
