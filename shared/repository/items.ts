/**
 * How records are stored as items: the record's own fields plus its key attributes and a
 * `type`. Everything that reads items turns them back with toEntity, so keys never leak into
 * API responses. Key and index values come from shared/table.ts.
 */
import type { AuditRecord } from '../schemas';
import { indexKeys, indexSortKeys, keys } from '../table';
import { placementDueOn, rotationDueOn } from '../domain/lifecycle';
import type { Item } from './dynamo';
import type { EntityKind, StoredRecords } from './records';

const KEY_ATTRIBUTES = new Set([
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'GSI4PK',
  'GSI4SK',
  'GSI5PK',
  'GSI5SK',
  'type',
  'expiresAt',
]);

export function toEntity<T>(item: Record<string, unknown>): T {
  const entity: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(name)) entity[name] = value;
  return entity as T;
}

/** The daily job's index (GSI5, sparse): only what the calendar will still move carries it. */
const dueKeys = (date: string | undefined, kind: 'PLACEMENT' | 'ROTATION', id: string) =>
  date ? { GSI5PK: indexKeys.due, GSI5SK: indexSortKeys.due(date, kind, id) } : {};

export const items: { [K in EntityKind]: (record: StoredRecords[K]) => Item } & {
  audit: (record: AuditRecord) => Item;
} = {
  institution: (i) => ({
    ...keys.institution(i.institutionId),
    type: 'INSTITUTION',
    GSI1PK: indexKeys.institutions,
    GSI1SK: indexSortKeys.institution(i.region, i.institutionId),
    ...i,
  }),
  department: (d) => ({
    ...keys.department(d.departmentId),
    type: 'DEPARTMENT',
    GSI1PK: indexKeys.departmentsOf(d.institutionId),
    GSI1SK: indexSortKeys.department(d.names.en, d.departmentId),
    ...d,
  }),
  programme: (p) => ({
    ...keys.programme(p.programmeId),
    type: 'PROGRAMME',
    GSI1PK: indexKeys.programmes,
    GSI1SK: indexSortKeys.byStart(p.startDate, p.programmeId),
    ...p,
  }),
  staff: (s) => ({
    ...keys.staff(s.staffId),
    type: 'STAFF',
    GSI1PK: indexKeys.allStaff,
    GSI1SK: indexSortKeys.staff(s.homeInstitutionId, s.staffId),
    GSI2PK: indexKeys.staffFrom(s.homeInstitutionId),
    GSI2SK: indexSortKeys.staffOfInstitution(s.staffId),
    ...s,
  }),
  placement: (p) => ({
    ...keys.placement(p.placementId),
    type: 'PLACEMENT',
    GSI1PK: indexKeys.placementsOfProgramme(p.programmeId),
    GSI1SK: indexSortKeys.byStart(p.startDate, p.placementId),
    GSI2PK: indexKeys.placementsOfStaff(p.staffId),
    GSI2SK: indexSortKeys.byStart(p.startDate, p.placementId),
    GSI3PK: indexKeys.placementsOfProgrammeAt(p.programmeId, p.hostInstitutionId),
    GSI3SK: indexSortKeys.byStart(p.startDate, p.placementId),
    GSI4PK: indexKeys.placementsOfProgrammeAt(p.programmeId, p.homeInstitutionId),
    GSI4SK: indexSortKeys.byStart(p.startDate, p.placementId),
    ...dueKeys(placementDueOn(p), 'PLACEMENT', p.placementId),
    ...p,
  }),
  rotation: (r) => ({
    ...keys.rotation(r.rotationId),
    type: 'ROTATION',
    GSI1PK: indexKeys.rotationsOfPlacement(r.placementId),
    GSI1SK: indexSortKeys.byStart(r.startDate, r.rotationId),
    GSI2PK: indexKeys.rotationsOfStaff(r.staffId),
    GSI2SK: indexSortKeys.byStart(r.startDate, r.rotationId),
    GSI3PK: indexKeys.rotationsStartingOn(r.startDate),
    GSI3SK: indexSortKeys.rotationStart(r.status, r.rotationId),
    GSI4PK: indexKeys.rotationsOfProgramme(r.programmeId),
    GSI4SK: indexSortKeys.byStart(r.startDate, r.rotationId),
    ...dueKeys(rotationDueOn(r), 'ROTATION', r.rotationId),
    ...r,
  }),
  audit: (record) => ({
    ...keys.audit(record, record.at, record.auditId),
    type: 'AUDIT',
    ...record,
  }),
};

/** The item of a record of some kind. */
export const itemOf = <K extends EntityKind>(kind: K, record: StoredRecords[K]): Item =>
  (items[kind] as (record: StoredRecords[K]) => Item)(record);
