/**
 * The repository: every read and write of exchange data goes through here. Keys and indexes
 * come from shared/table.ts (where each access pattern is documented); items are the entity
 * plus its keys (items.ts). Writes are built as transaction items by the services and
 * committed together with their audit record, so a change and its audit cannot part.
 */
import { randomBytes } from 'node:crypto';
import { indexKeys, keys } from '../table';
import type { AuditRecord, Department, Institution, Placement, Programme, Rotation, Staff } from '../schemas';
import { dateOfDayAttribute, dayAttribute, eachDay, monthsOf, type Period } from '../domain/dates';
import type { DayBook } from '../domain/rules';
import { toEntity } from './items';
import { batchGet, getItem, keyString, queryAll, queryPage, tableName, type Item, type Key, type Page, type TransactItem } from './dynamo';

export { transact, WriteConflict, type TransactItem, type Page } from './dynamo';

/** Opaque, url-safe, unguessable ids with a readable prefix: rot_9x2Kq… */
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

// ---------- items: entity + keys ----------

/** Placement fields the API never returns: the live rotations' spans (kept so a change of the
 * placement's period is checked against a consistent read) and their change counter. */
export interface PlacementRecord extends Placement {
  rotationSpans: Record<string, Period>;
  scheduleVersion: number;
}

export const items = {
  institution: (i: Institution): Item => ({ ...keys.institution(i.institutionId), type: 'INSTITUTION', GSI1PK: indexKeys.institutions, GSI1SK: `${i.region}#${i.institutionId}`, ...i }),
  department: (d: Department): Item => ({
    ...keys.department(d.departmentId),
    type: 'DEPARTMENT',
    GSI1PK: indexKeys.departmentsOf(d.institutionId),
    GSI1SK: `${d.names.en.toLowerCase()}#${d.departmentId}`,
    ...d,
  }),
  programme: (p: Programme): Item => ({ ...keys.programme(p.programmeId), type: 'PROGRAMME', GSI1PK: indexKeys.programmes, GSI1SK: `${p.startDate}#${p.programmeId}`, ...p }),
  staff: (s: Staff): Item => ({
    ...keys.staff(s.staffId),
    type: 'STAFF',
    GSI1PK: indexKeys.allStaff,
    GSI1SK: `${s.homeInstitutionId}#${s.staffId}`,
    GSI2PK: indexKeys.staffFrom(s.homeInstitutionId),
    GSI2SK: s.staffId,
    ...s,
  }),
  placement: (p: PlacementRecord): Item => ({
    ...keys.placement(p.placementId),
    type: 'PLACEMENT',
    GSI1PK: indexKeys.placementsOfProgramme(p.programmeId),
    GSI1SK: `${p.startDate}#${p.placementId}`,
    GSI2PK: indexKeys.placementsOfStaff(p.staffId),
    GSI2SK: `${p.startDate}#${p.placementId}`,
    GSI3PK: indexKeys.placementsHostedBy(p.hostInstitutionId),
    GSI3SK: `${p.startDate}#${p.placementId}`,
    ...p,
  }),
  rotation: (r: Rotation): Item => ({
    ...keys.rotation(r.rotationId),
    type: 'ROTATION',
    GSI1PK: indexKeys.rotationsOfPlacement(r.placementId),
    GSI1SK: `${r.startDate}#${r.rotationId}`,
    GSI2PK: indexKeys.rotationsOfStaff(r.staffId),
    GSI2SK: `${r.startDate}#${r.rotationId}`,
    GSI3PK: indexKeys.rotationsStartingOn(r.startDate),
    GSI3SK: `${r.status}#${r.rotationId}`,
    ...r,
  }),
  audit: (ownerPk: string, record: AuditRecord): Item => ({ ...keys.audit(ownerPk, record.at, record.auditId), type: 'AUDIT', ...record }),
};

const stripPlacement = ({ rotationSpans: _spans, scheduleVersion: _version, ...placement }: PlacementRecord): Placement => placement;
export const publicPlacement = stripPlacement;

// ---------- writes (as transaction items) ----------

export const write = {
  /** Create: fails if something already has the key. */
  create: (item: Item): TransactItem => ({ Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(PK)' } }),
  /** Replace a versioned entity only if nobody changed it since it was read (no lost updates). */
  replace: (item: Item, readVersion: number): TransactItem => ({
    Put: { TableName: tableName(), Item: item, ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } },
  }),
  /** Assert an entity is still at the version read (its facts fed a rule check). */
  unchanged: (key: Key, readVersion: number): TransactItem => ({
    ConditionCheck: { TableName: tableName(), Key: key, ConditionExpression: 'version = :read', ExpressionAttributeValues: { ':read': readVersion } },
  }),
  audit: (ownerPk: string, record: AuditRecord): TransactItem => ({
    Put: { TableName: tableName(), Item: items.audit(ownerPk, record), ConditionExpression: 'attribute_not_exists(PK)' },
  }),
  /** Replace a placement only if neither it nor its schedule changed since it was read. */
  replacePlacement: (next: PlacementRecord, read: PlacementRecord): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: items.placement(next),
      ConditionExpression: 'version = :read AND scheduleVersion = :schedule',
      ExpressionAttributeValues: { ':read': read.version, ':schedule': read.scheduleVersion },
    },
  }),
  /**
   * Record a rotation's span on its placement (null: it no longer holds days). With
   * placementVersion, only while the placement is as read (its period and state fed the check).
   */
  placementSchedule: (placementId: string, rotationId: string, span: Period | null, placementVersion?: number): TransactItem => ({
    Update: {
      TableName: tableName(),
      Key: keys.placement(placementId),
      UpdateExpression: `${span ? 'SET rotationSpans.#rotation = :span' : 'REMOVE rotationSpans.#rotation'} ADD scheduleVersion :one`,
      ConditionExpression: placementVersion === undefined ? 'attribute_exists(PK)' : 'version = :read',
      ExpressionAttributeNames: { '#rotation': rotationId },
      ExpressionAttributeValues: {
        ':one': 1,
        ...(span ? { ':span': { startDate: span.startDate, endDate: span.endDate } } : {}),
        ...(placementVersion === undefined ? {} : { ':read': placementVersion }),
      },
    },
  }),
};

// ---------- day books (rules 3 and 4 under concurrency; see shared/table.ts) ----------

export type DayBookKind = 'department' | 'staff';
const dayBookKey = (kind: DayBookKind, ownerId: string, month: string) =>
  kind === 'department' ? keys.departmentDays(ownerId, month) : keys.staffDays(ownerId, month);

export interface DayBookRequest {
  kind: DayBookKind;
  ownerId: string;
  period: Period;
}

const monthKeysOf = (r: DayBookRequest) => monthsOf(r.period.startDate, r.period.endDate).map((m) => dayBookKey(r.kind, r.ownerId, m));

function toDayBook(r: DayBookRequest, found: Map<string, Item>): DayBook {
  const book = new Map<string, string[]>();
  for (const key of monthKeysOf(r)) {
    const item = found.get(keyString(key));
    if (!item) continue;
    for (const [name, value] of Object.entries(item)) {
      if (!/^d\d{8}$/.test(name) || !(value instanceof Set)) continue;
      const date = dateOfDayAttribute(name);
      if (date >= r.period.startDate && date <= r.period.endDate) book.set(date, [...(value as Set<string>)].sort());
    }
  }
  return book;
}

/**
 * The facts a rule check needs in ONE consistent BatchGet: some entities by key and the day
 * books of departments and people over periods.
 */
export async function readFacts<T extends Record<string, Key | undefined>>(
  wanted: T,
  books: DayBookRequest[] = [],
): Promise<{ entities: { [K in keyof T]: Record<string, unknown> | undefined }; books: DayBook[] }> {
  const bookKeys = books.flatMap(monthKeysOf);
  const found = await batchGet([...Object.values(wanted).filter((k): k is Key => Boolean(k)), ...bookKeys]);
  const entities: Record<string, Record<string, unknown> | undefined> = {};
  for (const [name, key] of Object.entries(wanted)) {
    const item = key ? found.get(keyString(key)) : undefined;
    entities[name] = item ? toEntity(item) : undefined;
  }
  return { entities: entities as { [K in keyof T]: Record<string, unknown> | undefined }, books: books.map((r) => toDayBook(r, found)) };
}

/** The versions (`v`) of a department's day books from a month on, for a capacity change. */
export async function readFutureDayBooks(departmentId: string, fromMonth: string): Promise<{ book: DayBook; versions: Map<string, number> }> {
  const found = await queryAll({ partition: `DEPT#${departmentId}`, sortBetween: [`DAYS#${fromMonth}`, 'DAYS#~'] });
  const book = new Map<string, string[]>();
  const versions = new Map<string, number>();
  for (const item of found) {
    versions.set(item.SK, Number(item.v ?? 0));
    for (const [name, value] of Object.entries(item)) {
      if (/^d\d{8}$/.test(name) && value instanceof Set) book.set(dateOfDayAttribute(name), [...(value as Set<string>)]);
    }
  }
  return { book, versions };
}

export const dayBookUnchanged = (departmentId: string, sk: string, version: number): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: { PK: `DEPT#${departmentId}`, SK: sk },
    ConditionExpression: 'v = :v',
    ExpressionAttributeValues: { ':v': version },
  },
});

/**
 * Move a rotation's days in one book: release the days it leaves, take the days it gains. Each
 * gained day is taken only if fewer than `capacity` rotations hold it — the condition that
 * makes two simultaneous bookings of the last slot impossible.
 */
export function dayBookChanges(kind: DayBookKind, ownerId: string, rotationId: string, before: Period | undefined, after: Period | undefined, capacity: number): TransactItem[] {
  const oldDays = new Set(before ? eachDay(before.startDate, before.endDate) : []);
  const newDays = new Set(after ? eachDay(after.startDate, after.endDate) : []);
  const byMonth = new Map<string, { add: string[]; remove: string[] }>();
  const entry = (day: string) => {
    const month = day.slice(0, 7);
    let e = byMonth.get(month);
    if (!e) byMonth.set(month, (e = { add: [], remove: [] }));
    return e;
  };
  for (const day of newDays) if (!oldDays.has(day)) entry(day).add.push(dayAttribute(day));
  for (const day of oldDays) if (!newDays.has(day)) entry(day).remove.push(dayAttribute(day));

  return [...byMonth].map(([month, { add, remove }]) => {
    const names: Record<string, string> = {};
    const clauses: string[] = [];
    const conditions: string[] = [];
    add.forEach((attribute, i) => {
      names[`#a${i}`] = attribute;
      conditions.push(`(attribute_not_exists(#a${i}) OR size(#a${i}) < :capacity)`);
    });
    remove.forEach((attribute, i) => (names[`#r${i}`] = attribute));
    const adds = [...add.map((_, i) => `#a${i} :rotation`), 'v :one'];
    clauses.push(`ADD ${adds.join(', ')}`);
    if (remove.length) clauses.push(`DELETE ${remove.map((_, i) => `#r${i} :rotation`).join(', ')}`);
    clauses.push('SET #type = :type');
    names['#type'] = 'type';
    const values: Record<string, unknown> = { ':rotation': new Set([rotationId]), ':one': 1, ':type': 'DAY_BOOK' };
    if (add.length) values[':capacity'] = capacity;
    return {
      Update: {
        TableName: tableName(),
        Key: dayBookKey(kind, ownerId, month),
        UpdateExpression: clauses.join(' '),
        ConditionExpression: conditions.length ? conditions.join(' AND ') : undefined,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  });
}

// ---------- reads ----------

async function getEntity<T>(key: Key): Promise<T | undefined> {
  const item = await getItem(key);
  return item ? toEntity<T>(item) : undefined;
}

const pageOf = <T>(page: Page<Item>): Page<T> => ({ items: page.items.map((item) => toEntity<T>(item)), nextCursor: page.nextCursor });

export interface ListOptions {
  limit: number;
  cursor?: string;
}

export const repository = {
  getInstitution: (id: string) => getEntity<Institution>(keys.institution(id)),
  getDepartment: (id: string) => getEntity<Department>(keys.department(id)),
  getProgramme: (id: string) => getEntity<Programme>(keys.programme(id)),
  getStaff: (id: string) => getEntity<Staff>(keys.staff(id)),
  getPlacementRecord: (id: string) => getEntity<PlacementRecord>(keys.placement(id)),
  getRotation: (id: string) => getEntity<Rotation>(keys.rotation(id)),

  /** Several entities in one consistent round trip; absent ones are undefined. */
  getMany: <T extends Record<string, Key | undefined>>(wanted: T) => readFacts(wanted).then((r) => r.entities),

  listInstitutions: (o: ListOptions & { region?: string }) =>
    queryPage({ index: 'GSI1', partition: indexKeys.institutions, sortPrefix: o.region ? `${o.region}#` : undefined, ...o }).then(pageOf<Institution>),
  listDepartments: (institutionId: string, o: ListOptions) => queryPage({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId), ...o }).then(pageOf<Department>),
  listProgrammes: (o: ListOptions) => queryPage({ index: 'GSI1', partition: indexKeys.programmes, ...o }).then(pageOf<Programme>),
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
      filter: conditions.length ? { expression: conditions.join(' AND '), names: Object.keys(names).length ? names : undefined, values } : undefined,
    }).then((page) => ({ items: page.items.map((item) => stripPlacement(toEntity<PlacementRecord>(item))), nextCursor: page.nextCursor }));
  },
  /** Every placement of a programme (bounded by a programme's batch size: 80-130 people). */
  allPlacementsOfProgramme: (programmeId: string) =>
    queryAll({ index: 'GSI1', partition: indexKeys.placementsOfProgramme(programmeId) }).then((found) => found.map((item) => stripPlacement(toEntity<PlacementRecord>(item)))),
  listPlacementsOfStaff: (staffId: string) =>
    queryAll({ index: 'GSI2', partition: indexKeys.placementsOfStaff(staffId) }).then((found) => found.map((item) => stripPlacement(toEntity<PlacementRecord>(item)))),
  listRotationsOfPlacement: (placementId: string, o: ListOptions) => queryPage({ index: 'GSI1', partition: indexKeys.rotationsOfPlacement(placementId), ...o }).then(pageOf<Rotation>),
  listRotationsOfStaff: (staffId: string, o: ListOptions) => queryPage({ index: 'GSI2', partition: indexKeys.rotationsOfStaff(staffId), ...o }).then(pageOf<Rotation>),
  /** A placement's audit trail, newest first. */
  listHistory: (placementId: string, o: ListOptions) =>
    queryPage({ partition: keys.placement(placementId).PK, sortPrefix: 'AUDIT#', newestFirst: true, ...o }).then(pageOf<AuditRecord>),
};
