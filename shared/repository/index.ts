/**
 * The repository: every read and write of exchange data goes through here. Keys and indexes
 * come from shared/table.ts (where each access pattern is documented); items are the entity
 * plus its keys (items.ts). Writes are built as transaction items by the services and
 * committed together with their audit record, so a change and its audit cannot part.
 */
import { randomBytes } from 'node:crypto';
import { indexKeys, keys } from '../table';
import type { AuditRecord, Department, Institution, Placement, Programme, Region, Rotation, Staff } from '../schemas';
import { dateOfDayAttribute, dayAttribute, eachDay, monthsOf, type Period } from '../domain/dates';
import { licensesPractice, type CredentialPeriod, type DayBook } from '../domain/rules';
import { toEntity } from './items';
import {
  batchGet,
  getItem,
  keyString,
  queryAll,
  queryPage,
  tableName,
  type Item,
  type Key,
  type Page,
  type TransactItem,
} from './dynamo';

export { transact, WriteConflict, type TransactItem, type Page } from './dynamo';

/** Opaque, url-safe, unguessable ids with a readable prefix: rot_9x2Kq… */
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

// ---------- items: entity + keys ----------

/**
 * What a rotation's credential rule (5) needs to know about its visitor at the host: the host's
 * region and the periods of the person's registrations and licences there (not entry permits, not
 * numbers or ids: the copy sits on items every index projects, and each byte is paid per write),
 * copied from the staff record at `staffVersion`. A write that relies on the copy asserts the
 * staff record is still at that version, so a stale copy costs a retry (which reads the staff
 * record and refreshes the copy), never a broken rule.
 */
export interface Coverage {
  hostRegion: Region;
  staffVersion: number;
  credentials: CredentialPeriod[];
}

export const coverageOf = (staff: Staff, hostRegion: Region): Coverage => ({
  hostRegion,
  staffVersion: staff.version,
  credentials: staff.credentials
    .filter((c) => c.region === hostRegion && licensesPractice(c))
    .map(({ type, region, validFrom, validTo }) => ({ type, region, validFrom, validTo })),
});

/**
 * Placement fields the API never returns: the live rotations' spans (kept so a change of the
 * placement's period is checked against a consistent read) and their change counter, and the
 * coverage of its visitor at its host (so scheduling a rotation needs one read round).
 */
export interface PlacementRecord extends Placement {
  rotationSpans: Record<string, Period>;
  scheduleVersion: number;
  coverage?: Coverage;
}

/** The department a rotation was last checked against: what rules 2 and 4 need of it, at `version`. */
export type DepartmentAsChecked = Pick<Department, 'departmentId' | 'institutionId' | 'capacity' | 'version'>;

/**
 * Rotation fields the API never returns: the department and coverage its last write was checked
 * against, so that changing it needs one read round (the rotation). Both are asserted by
 * version when relied on (see services/rotations.ts).
 */
export interface RotationRecord extends Rotation {
  checkedWith?: { department: DepartmentAsChecked; coverage: Coverage };
}

export const items = {
  institution: (i: Institution): Item => ({
    ...keys.institution(i.institutionId),
    type: 'INSTITUTION',
    GSI1PK: indexKeys.institutions,
    GSI1SK: `${i.region}#${i.institutionId}`,
    ...i,
  }),
  department: (d: Department): Item => ({
    ...keys.department(d.departmentId),
    type: 'DEPARTMENT',
    GSI1PK: indexKeys.departmentsOf(d.institutionId),
    GSI1SK: `${d.names.en.toLowerCase()}#${d.departmentId}`,
    ...d,
  }),
  programme: (p: Programme): Item => ({
    ...keys.programme(p.programmeId),
    type: 'PROGRAMME',
    GSI1PK: indexKeys.programmes,
    GSI1SK: `${p.startDate}#${p.programmeId}`,
    ...p,
  }),
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
  rotation: (r: RotationRecord): Item => ({
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
  audit: (ownerPk: string, record: AuditRecord): Item => ({
    ...keys.audit(ownerPk, record.at, record.auditId),
    type: 'AUDIT',
    ...record,
  }),
};

/** What of a placement the API shows. */
export const publicPlacement = ({
  rotationSpans: _spans,
  scheduleVersion: _version,
  coverage: _coverage,
  ...placement
}: PlacementRecord): Placement => placement;

/** What of a rotation the API shows. */
export const publicRotation = ({ checkedWith: _checked, ...rotation }: RotationRecord): Rotation => rotation;

// ---------- writes (as transaction items) ----------

export const write = {
  /** Create: fails if something already has the key. */
  create: (item: Item): TransactItem => ({
    Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
  }),
  /** Replace a versioned entity only if nobody changed it since it was read (no lost updates). */
  replace: (item: Item, readVersion: number): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: item,
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    },
  }),
  /** Assert an entity is still at the version read (its facts fed a rule check). */
  unchanged: (key: Key, readVersion: number): TransactItem => ({
    ConditionCheck: {
      TableName: tableName(),
      Key: key,
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    },
  }),
  audit: (ownerPk: string, record: AuditRecord): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: items.audit(ownerPk, record),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }),
  /**
   * Count a booking in a department (and assert its capacity is as read). A capacity
   * reduction asserts the count it read, so no booking can slip in between its check and its write.
   */
  countBooking: (departmentId: string, departmentVersion: number): TransactItem[] => [
    write.unchanged(keys.department(departmentId), departmentVersion),
    {
      Update: {
        TableName: tableName(),
        Key: keys.departmentBookings(departmentId),
        UpdateExpression: 'ADD bookings :one SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'BOOKING_COUNTER' },
      },
    },
  ],
  /** Assert no booking was made in the department since its count was read (0: none ever). */
  noBookingSince: (departmentId: string, readCount: number): TransactItem => ({
    ConditionCheck: {
      TableName: tableName(),
      Key: keys.departmentBookings(departmentId),
      ConditionExpression: readCount === 0 ? 'attribute_not_exists(bookings)' : 'bookings = :count',
      ExpressionAttributeValues: readCount === 0 ? undefined : { ':count': readCount },
    },
  }),
  /** Assert a placement is (still) in one of some states. */
  placementIn: (placementId: string, statuses: readonly string[]): TransactItem => ({
    ConditionCheck: {
      TableName: tableName(),
      Key: keys.placement(placementId),
      ConditionExpression: `#status IN (${statuses.map((_, i) => `:s${i}`).join(', ')})`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: Object.fromEntries(statuses.map((status, i) => [`:s${i}`, status])),
    },
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
   * Record a rotation's span on its placement (null: it no longer holds days). Booking a span
   * asserts rule 1 on the placement as it is when this commits — still in one of `schedulable`
   * and covering the span — so the write needs no read of the placement to be safe; with
   * `coverage`, the placement's copy of its visitor's coverage is refreshed too.
   */
  placementSchedule: (
    placementId: string,
    rotationId: string,
    span: Period | null,
    booking?: { schedulable: readonly string[]; coverage?: Coverage },
  ): TransactItem => {
    const names: Record<string, string> = { '#rotation': rotationId };
    const values: Record<string, unknown> = { ':one': 1 };
    const sets: string[] = [];
    let condition = 'attribute_exists(PK)';
    if (span) {
      sets.push('rotationSpans.#rotation = :span');
      values[':span'] = { startDate: span.startDate, endDate: span.endDate };
    }
    if (span && booking) {
      names['#status'] = 'status';
      for (const [i, status] of booking.schedulable.entries()) values[`:s${i}`] = status;
      values[':start'] = span.startDate;
      values[':end'] = span.endDate;
      condition = `#status IN (${booking.schedulable.map((_, i) => `:s${i}`).join(', ')}) AND startDate <= :start AND endDate >= :end`;
    }
    if (booking?.coverage) {
      sets.push('coverage = :coverage');
      values[':coverage'] = booking.coverage;
    }
    return {
      Update: {
        TableName: tableName(),
        Key: keys.placement(placementId),
        UpdateExpression: [
          sets.length ? `SET ${sets.join(', ')}` : '',
          span ? '' : 'REMOVE rotationSpans.#rotation',
          'ADD scheduleVersion :one',
        ]
          .filter(Boolean)
          .join(' '),
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  },
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

const monthKeysOf = (r: DayBookRequest) =>
  monthsOf(r.period.startDate, r.period.endDate).map((m) => dayBookKey(r.kind, r.ownerId, m));

/** Add a month item's days (d20270302 → the rotations holding it) within [from, to] to a book. */
function addDaysOf(book: Map<string, string[]>, item: Item | undefined, from: string, to = '9999-12-31'): void {
  for (const [name, value] of Object.entries(item ?? {})) {
    if (!/^d\d{8}$/.test(name) || !(value instanceof Set)) continue;
    const date = dateOfDayAttribute(name);
    if (date >= from && date <= to) book.set(date, [...(value as Set<string>)].sort());
  }
}

function toDayBook(r: DayBookRequest, found: Map<string, Item>): DayBook {
  const book = new Map<string, string[]>();
  for (const key of monthKeysOf(r)) addDaysOf(book, found.get(keyString(key)), r.period.startDate, r.period.endDate);
  return book;
}

/**
 * The facts a rule check needs in one consistent read round (a BatchGet, split by 100 keys):
 * some entities by key and the day books of departments and people over periods.
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
  return {
    entities: entities as { [K in keyof T]: Record<string, unknown> | undefined },
    books: books.map((r) => toDayBook(r, found)),
  };
}

/** A department's live rotations per day from a date on (a capacity change checks them all). */
export async function readFutureDayBook(departmentId: string, fromDate: string): Promise<DayBook> {
  const found = await queryAll({
    partition: keys.department(departmentId).PK,
    sortBetween: [`DAYS#${fromDate.slice(0, 7)}`, 'DAYS#~'],
  });
  const book = new Map<string, string[]>();
  for (const item of found) addDaysOf(book, item, fromDate);
  return book;
}

/** Where a rotation's days go in one book: from the days it held (none if new) to the days it will hold (none if released). */
export interface DayMove {
  rotationId: string;
  from?: Period;
  to?: Period;
}

type MonthChanges = { add: Map<string, string>; remove: Map<string, Set<string>> };

/**
 * The day-book updates for some moves in one book: one Update per month item (a transaction
 * may touch an item once), releasing the days rotations leave and taking the days they gain.
 * A gained day is taken only while fewer than `capacity` rotations hold it — the condition
 * that makes two simultaneous bookings of the last slot impossible.
 */
function dayBookUpdates(kind: DayBookKind, ownerId: string, moves: DayMove[], capacity: number): TransactItem[] {
  const months = new Map<string, MonthChanges>();
  const month = (day: string) => {
    let changes = months.get(day.slice(0, 7));
    if (!changes) months.set(day.slice(0, 7), (changes = { add: new Map(), remove: new Map() }));
    return changes;
  };
  for (const { rotationId, from, to } of moves) {
    const oldDays = new Set(from ? eachDay(from.startDate, from.endDate) : []);
    const newDays = new Set(to ? eachDay(to.startDate, to.endDate) : []);
    for (const day of newDays) if (!oldDays.has(day)) month(day).add.set(dayAttribute(day), rotationId);
    for (const day of oldDays) {
      if (newDays.has(day)) continue;
      const remove = month(day).remove;
      const attribute = dayAttribute(day);
      remove.set(attribute, (remove.get(attribute) ?? new Set()).add(rotationId));
    }
  }
  return [...months].map(([yearMonth, { add, remove }]) => {
    if (add.size > 0 && capacity < 1)
      throw new Error('Booking days needs a capacity of at least 1 (the rules refuse this earlier)');
    const names: Record<string, string> = { '#type': 'type' };
    const values: Record<string, unknown> = { ':one': 1, ':type': 'DAY_BOOK' };
    const valueFor = (ids: Set<string>) => {
      const name = `:s${Object.keys(values).length}`;
      values[name] = ids;
      return name;
    };
    const adds = [...add].map(([attribute, rotationId], i) => {
      names[`#a${i}`] = attribute;
      return `#a${i} ${valueFor(new Set([rotationId]))}`;
    });
    const removes = [...remove].map(([attribute, ids], i) => {
      names[`#r${i}`] = attribute;
      return `#r${i} ${valueFor(ids)}`;
    });
    if (add.size) values[':capacity'] = capacity;
    return {
      Update: {
        TableName: tableName(),
        Key: dayBookKey(kind, ownerId, yearMonth),
        UpdateExpression: [
          `ADD ${[...adds, 'v :one'].join(', ')}`,
          removes.length ? `DELETE ${removes.join(', ')}` : '',
          'SET #type = :type',
        ]
          .filter(Boolean)
          .join(' '),
        ConditionExpression: add.size
          ? [...add.keys()].map((_, i) => `(attribute_not_exists(#a${i}) OR size(#a${i}) < :capacity)`).join(' AND ')
          : undefined,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  });
}

/** Move one rotation's days in a book, taking new days only within `capacity`. */
export const bookDays = (kind: DayBookKind, ownerId: string, move: DayMove, capacity: number) =>
  dayBookUpdates(kind, ownerId, [move], capacity);

/** Release the days of several rotations of one owner (a cancelled placement's rotations). */
export const releaseDays = (kind: DayBookKind, ownerId: string, held: { rotationId: string; period: Period }[]) =>
  dayBookUpdates(
    kind,
    ownerId,
    held.map(({ rotationId, period }) => ({ rotationId, from: period })),
    0,
  );

// ---------- reads ----------

async function getEntity<T>(key: Key): Promise<T | undefined> {
  const item = await getItem(key);
  return item ? toEntity<T>(item) : undefined;
}

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

export const repository = {
  getInstitution: (id: string) => getEntity<Institution>(keys.institution(id)),
  getDepartment: (id: string) => getEntity<Department>(keys.department(id)),
  getProgramme: (id: string) => getEntity<Programme>(keys.programme(id)),
  getStaff: (id: string) => getEntity<Staff>(keys.staff(id)),
  getPlacementRecord: (id: string) => getEntity<PlacementRecord>(keys.placement(id)),
  getRotation: (id: string) => getEntity<RotationRecord>(keys.rotation(id)).then((r) => r && publicRotation(r)),
  getRotationRecord: (id: string) => getEntity<RotationRecord>(keys.rotation(id)),
  /** How many bookings a department has ever taken (see write.countBooking). */
  departmentBookingCount: async (id: string) => Number((await getItem(keys.departmentBookings(id)))?.bookings ?? 0),

  listInstitutions: (o: ListOptions & { region?: string }) =>
    queryPage({
      index: 'GSI1',
      partition: indexKeys.institutions,
      sortPrefix: o.region ? `${o.region}#` : undefined,
      ...o,
    }).then(pageOf<Institution>),
  listDepartments: (institutionId: string, o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.departmentsOf(institutionId), ...o }).then(pageOf<Department>),
  listProgrammes: (o: ListOptions) =>
    queryPage({ index: 'GSI1', partition: indexKeys.programmes, ...o }).then(pageOf<Programme>),
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
  /** A placement's audit trail, newest first. */
  listHistory: (placementId: string, o: ListOptions) =>
    queryPage({ partition: keys.placement(placementId).PK, sortPrefix: 'AUDIT#', newestFirst: true, ...o }).then(
      pageOf<AuditRecord>,
    ),
};
