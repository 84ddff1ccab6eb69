/**
 * Whole-list reads for exports: a programme's placements and rotations through their indexes,
 * page by page (100 a page), a host's departments and their day books for a month in one
 * BatchGet round. Calls grow with pages, never with one read per visitor.
 */
import { indexKeys, keys } from '../table';
import type { Department, Placement, Rotation } from '../schemas';
import { dateOfDayAttribute } from '../domain/dates';
import { toEntity } from './items';
import { batchGet, keyString, queryAll } from './dynamo';
import { publicPlacement, publicRotation, type PlacementRecord, type RotationRecord } from './index';

const MAX_EXPORT_ITEMS = 20_000;

export const exportReads = {
  placementsOfProgramme: (programmeId: string): Promise<Placement[]> =>
    queryAll({ index: 'GSI1', partition: indexKeys.placementsOfProgramme(programmeId) }, MAX_EXPORT_ITEMS).then(
      (found) => found.map((item) => publicPlacement(toEntity<PlacementRecord>(item))),
    ),
  rotationsOfProgramme: (programmeId: string): Promise<Rotation[]> =>
    queryAll({ index: 'GSI4', partition: indexKeys.rotationsOfProgramme(programmeId) }, MAX_EXPORT_ITEMS).then(
      (found) => found.map((item) => publicRotation(toEntity<RotationRecord>(item))),
    ),
  departmentsOf: (institutionId: string): Promise<Department[]> =>
    queryAll({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId) }).then((found) =>
      found.map((item) => toEntity<Department>(item)),
    ),
  /** Per department, the live rotations of each day of a month (yyyy-mm). */
  dayBooks: async (departmentIds: string[], month: string): Promise<Map<string, Map<string, string[]>>> => {
    const found = await batchGet(departmentIds.map((id) => keys.departmentDays(id, month)));
    const books = new Map<string, Map<string, string[]>>();
    for (const id of departmentIds) {
      const book = new Map<string, string[]>();
      for (const [name, value] of Object.entries(found.get(keyString(keys.departmentDays(id, month))) ?? {}))
        if (/^d\d{8}$/.test(name) && value instanceof Set)
          book.set(dateOfDayAttribute(name), [...(value as Set<string>)]);
      books.set(id, book);
    }
    return books;
  },
};
