/**
 * Write builders: every change is a list of transaction items the services assemble and
 * runWrite commits at once (services/write.ts), so a change, the conditions it relies on and
 * its audit record cannot part. Services name records by kind and id; the keys and condition
 * expressions are built here.
 */
import type { AuditRecord, EmailSettings } from '../schemas';
import type { Period } from '../domain/dates';
import { keys } from '../table';
import { tableName, type TransactItem } from './dynamo';
import { itemOf, items } from './items';
import type { Coverage, EntityKind, PlacementRecord, ProgrammeRecord, StoredRecords } from './records';

export const write = {
  /** A coordinator's email settings, only if unchanged since read (version 0: none stored yet). */
  emailSettings: (settings: EmailSettings, readVersion: number): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: { ...keys.emailSettings(settings.email), type: 'EMAIL_SETTINGS', ...settings },
      ConditionExpression: readVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :read',
      ExpressionAttributeValues: readVersion === 0 ? undefined : { ':read': readVersion },
    },
  }),
  /** Create: fails if something already has the key. */
  create: <K extends EntityKind>(kind: K, record: StoredRecords[K]): TransactItem => ({
    Put: { TableName: tableName(), Item: itemOf(kind, record), ConditionExpression: 'attribute_not_exists(PK)' },
  }),
  /** Replace a versioned entity only if nobody changed it since it was read (no lost updates). */
  replace: <K extends EntityKind>(kind: K, record: StoredRecords[K], readVersion: number): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: itemOf(kind, record),
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    },
  }),
  /** Assert an entity is still at the version read (its facts fed a rule check). */
  unchanged: (kind: EntityKind, id: string, readVersion: number): TransactItem => ({
    ConditionCheck: {
      TableName: tableName(),
      Key: keys[kind](id),
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    },
  }),
  /** The audit record of a change, in the partition of what it is about (see keys.audit). */
  audit: (record: AuditRecord): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: items.audit(record),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  }),
  /**
   * Count a booking in a department (and assert its capacity is as read). A capacity
   * reduction asserts the count it read, so no booking can slip in between its check and its write.
   */
  countBooking: (departmentId: string, departmentVersion: number, bookings = 1): TransactItem[] => [
    write.unchanged('department', departmentId, departmentVersion),
    {
      Update: {
        TableName: tableName(),
        Key: keys.departmentBookings(departmentId),
        UpdateExpression: 'ADD bookings :bookings SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':bookings': bookings, ':type': 'BOOKING_COUNTER' },
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
  /**
   * Keep a placement's period on its programme (null: it no longer goes ahead), asserting the
   * window is still the one read (`windowVersion`, the programme's version) when it is given.
   */
  programmePlacement: (
    programmeId: string,
    placementId: string,
    span: Period | null,
    windowVersion?: number,
  ): TransactItem => ({
    Update: {
      TableName: tableName(),
      Key: keys.programme(programmeId),
      UpdateExpression: `${span ? 'SET placementSpans.#placement = :span' : 'REMOVE placementSpans.#placement'} ADD placementsVersion :one`,
      ConditionExpression: windowVersion === undefined ? 'attribute_exists(PK)' : 'version = :read',
      ExpressionAttributeNames: { '#placement': placementId },
      ExpressionAttributeValues: {
        ':one': 1,
        ...(span ? { ':span': { startDate: span.startDate, endDate: span.endDate } } : {}),
        ...(windowVersion === undefined ? {} : { ':read': windowVersion }),
      },
    },
  }),
  /** Replace a programme only if neither it nor the placements it holds changed since it was read. */
  replaceProgramme: (next: ProgrammeRecord, read: ProgrammeRecord): TransactItem => ({
    Put: {
      TableName: tableName(),
      Item: items.programme(next),
      ConditionExpression: 'version = :read AND placementsVersion = :placements',
      ExpressionAttributeValues: { ':read': read.version, ':placements': read.placementsVersion },
    },
  }),
  /**
   * Drop rotations' spans from a placement that ended early, as its cancellation proceeds, while it
   * is still in one of `statuses` and its schedule is as read; the last step also takes it off the
   * daily job's index (nothing of it is left to finish).
   */
  placementSpansDropped: (
    placementId: string,
    rotationIds: readonly string[],
    read: { scheduleVersion: number; statuses: readonly string[]; last: boolean },
  ): TransactItem => ({
    Update: {
      TableName: tableName(),
      Key: keys.placement(placementId),
      UpdateExpression: [
        `REMOVE ${[...rotationIds.map((_, i) => `rotationSpans.#r${i}`), ...(read.last ? ['GSI5PK', 'GSI5SK'] : [])].join(', ')}`,
        'ADD scheduleVersion :one',
      ].join(' '),
      ConditionExpression: `scheduleVersion = :read AND #status IN (${read.statuses.map((_, i) => `:s${i}`).join(', ')})`,
      ExpressionAttributeNames: {
        '#status': 'status',
        ...Object.fromEntries(rotationIds.map((id, i) => [`#r${i}`, id])),
      },
      ExpressionAttributeValues: {
        ':one': 1,
        ':read': read.scheduleVersion,
        ...Object.fromEntries(read.statuses.map((status, i) => [`:s${i}`, status])),
      },
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
   * asserts PLACEMENT_NOT_SCHEDULABLE and OUTSIDE_PLACEMENT_PERIOD on the placement as it is when
   * this commits — still in one of `schedulable` and covering the span — so the write needs no read of the placement to be safe; with
   * `coverage`, the placement's copy of its visitor's coverage is refreshed too.
   */
  placementSchedule: (
    placementId: string,
    rotationId: string,
    span: Period | null,
    booking?: { schedulable: readonly string[]; coverage?: Coverage },
  ): TransactItem =>
    span
      ? placementSpans(placementId, { [rotationId]: span }, booking)
      : placementSpans(placementId, {}, undefined, [rotationId]),
  /** Remove a rotation's span from its placement, asserting (with `whileIn`) that the placement is in one of those states. */
  placementSpanReleased: (placementId: string, rotationId: string, whileIn?: readonly string[]): TransactItem =>
    placementSpans(placementId, {}, whileIn && { schedulable: whileIn }, [rotationId]),
  /** Record the spans of several rotations booked at once (a rotation plan), asserting as placementSchedule does for each. */
  placementSpansBooked: (
    placementId: string,
    spans: Record<string, Period>,
    booking: { schedulable: readonly string[]; coverage?: Coverage },
  ): TransactItem => placementSpans(placementId, spans, booking),
};

/** Set (or remove) rotations' spans on a placement; with `booking`, only while it is in one of its states and covers them all. */
function placementSpans(
  placementId: string,
  spans: Record<string, Period>,
  booking?: { schedulable: readonly string[]; coverage?: Coverage },
  removed: readonly string[] = [],
): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':one': 1 };
  const sets = Object.entries(spans).map(([rotationId, span], i) => {
    names[`#r${i}`] = rotationId;
    values[`:span${i}`] = { startDate: span.startDate, endDate: span.endDate };
    return `rotationSpans.#r${i} = :span${i}`;
  });
  const removes = removed.map((rotationId, i) => {
    names[`#x${i}`] = rotationId;
    return `rotationSpans.#x${i}`;
  });
  let condition = 'attribute_exists(PK)';
  const periods = Object.values(spans);
  if (booking) {
    names['#status'] = 'status';
    for (const [i, status] of booking.schedulable.entries()) values[`:s${i}`] = status;
    condition = `#status IN (${booking.schedulable.map((_, i) => `:s${i}`).join(', ')})`;
  }
  if (periods.length > 0 && booking) {
    // Inside the placement's period, all of them: the earliest start and the latest end are.
    values[':start'] = periods.map((p) => p.startDate).sort()[0];
    values[':end'] = periods
      .map((p) => p.endDate)
      .sort()
      .at(-1);
    condition += ' AND startDate <= :start AND endDate >= :end';
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
        removes.length ? `REMOVE ${removes.join(', ')}` : '',
        'ADD scheduleVersion :one',
      ]
        .filter(Boolean)
        .join(' '),
      ConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
